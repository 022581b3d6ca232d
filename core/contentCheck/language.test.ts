import { describe, expect, it } from 'vitest'
import { detectLanguage, primaryLanguage } from './language'

const VI = 'Hà Nội là thủ đô của Việt Nam, một thành phố có lịch sử hơn một nghìn năm. Người dân ở đây thường ăn phở vào buổi sáng và đọc báo trên điện thoại.'
const VI_UNMARKED = 'Ha Noi la thu do cua Viet Nam, mot thanh pho co lich su hon mot nghin nam. '
  + 'Nguoi dan o day thuong an pho vao buoi sang va doc bao tren dien thoai cua ho.'
const EN = 'The city council met on Tuesday to discuss the new bus routes, '
  + 'and it agreed that the changes will start in the spring for all of the districts in the north.'

describe('detectLanguage', () => {
  it('recognises Vietnamese by its marks, and without them by its function words', () => {
    expect(detectLanguage(VI).language).toBe('vi')
    expect(detectLanguage(VI_UNMARKED).language).toBe('vi')
  })

  it('recognises English, even with a few Vietnamese names in it', () => {
    expect(detectLanguage(EN).language).toBe('en')
    expect(detectLanguage(`${EN} The mayor of Hà Nội and the people of Đà Nẵng were there too.`).language).toBe('en')
  })

  it('does not guess from too little text or from text that is neither', () => {
    expect(detectLanguage('Xem thêm tin mới').language).toBeUndefined()
    expect(detectLanguage('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22').language).toBeUndefined()
    const german = 'Der Stadtrat hat am Dienstag über die neuen Buslinien beraten und beschlossen, '
      + 'dass die Änderungen im Frühjahr für alle Bezirke im Norden beginnen werden.'
    expect(detectLanguage(german).language).toBeUndefined()
    expect(detectLanguage('Xem thêm tin mới', 3).language).toBe('vi')
  })

  it('reads the primary subtag of a lang attribute', () => {
    expect(primaryLanguage('vi-VN')).toBe('vi')
    expect(primaryLanguage(' EN_gb ')).toBe('en')
  })
})
