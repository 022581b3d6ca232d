import { describe, expect, it } from 'vitest'
import { splitSentences, spokenForm, utteranceChunks } from './sentences'

const texts = (text: string, lang = 'vi', useSegmenter = true) =>
  splitSentences(text, lang, { useSegmenter }).map((s) => text.slice(s.start, s.end))

// Both ways of finding candidate ends must give the same sentences.
describe.each([true, false])('splitSentences (Intl.Segmenter: %s)', (useSegmenter) => {
  const split = (text: string, lang = 'vi') => texts(text, lang, useSegmenter)

  it('ends sentences at full stops, question and exclamation marks', () => {
    expect(split('Trời mưa to. Đường trơn! Có ai ra đồng không? Không.')).toEqual(
      ['Trời mưa to.', 'Đường trơn!', 'Có ai ra đồng không?', 'Không.'])
  })

  it('does not end a sentence after a Vietnamese abbreviation', () => {
    expect(split('Hội thảo tại TP. Bắc Kạn do TS. Nguyễn Văn An và ThS. Lê Thị Bình chủ trì. PGS. Hoàng Minh và GS. Trần Lâm dự.'))
      .toEqual(['Hội thảo tại TP. Bắc Kạn do TS. Nguyễn Văn An và ThS. Lê Thị Bình chủ trì.', 'PGS. Hoàng Minh và GS. Trần Lâm dự.'])
  })

  it('keeps document numbers, dates and decimals whole', () => {
    expect(split('Thực hiện Nghị quyết số 12-NQ/TW và Chỉ thị 05-CT/TW. Ngày 10.09.2019, sản lượng tăng 1,5 lần. Giá 62.000 đồng.'))
      .toEqual(['Thực hiện Nghị quyết số 12-NQ/TW và Chỉ thị 05-CT/TW.', 'Ngày 10.09.2019, sản lượng tăng 1,5 lần.', 'Giá 62.000 đồng.'])
  })

  it('treats "v.v." as the end of a sentence only when a capital follows', () => {
    expect(split('Gồm cam, quýt, v.v. và nhiều loại khác. Cam, quýt v.v. Sau đó là chè.'))
      .toEqual(['Gồm cam, quýt, v.v. và nhiều loại khác.', 'Cam, quýt v.v.', 'Sau đó là chè.'])
  })

  it('ends a sentence at an ellipsis before a capital, not before a lower-case word', () => {
    expect(split('Kiểm tra, giám sát, thi hành kỷ luật Đảng… góp phần tạo đồng thuận. Làm đường, xây cầu… Qua đó, tạo sự gắn bó...'))
      .toEqual(['Kiểm tra, giám sát, thi hành kỷ luật Đảng… góp phần tạo đồng thuận.', 'Làm đường, xây cầu…', 'Qua đó, tạo sự gắn bó...'])
  })

  it('keeps closing quotes with their sentence, and quoted full stops before a lower-case word inside', () => {
    expect(split('Ông nói: “Làm đúng quy trình thì quả đẹp.” Bà đáp: “Vâng.” Họ cười.'))
      .toEqual(['Ông nói: “Làm đúng quy trình thì quả đẹp.”', 'Bà đáp: “Vâng.”', 'Họ cười.'])
    expect(split('"Trước đây phải nhờ con cháu đọc cho. Giờ tôi tự nghe được."'))
      .toEqual(['"Trước đây phải nhờ con cháu đọc cho.', 'Giờ tôi tự nghe được."'])
  })

  it('does not split after an initial or a numbered label', () => {
    expect(split('Điều 5. Phạm vi điều chỉnh gồm hai phần. Ông Nguyễn V. An ký.'))
      .toEqual(['Điều 5. Phạm vi điều chỉnh gồm hai phần.', 'Ông Nguyễn V. An ký.'])
  })

  it('handles English abbreviations', () => {
    expect(split('Mr. Smith met Dr. Lan at 9 a.m. on Tuesday. No. 5 was approved.', 'en'))
      .toEqual(['Mr. Smith met Dr. Lan at 9 a.m. on Tuesday.', 'No. 5 was approved.'])
  })

  it('returns nothing for blank text and one sentence for text without a full stop', () => {
    expect(split('   ')).toEqual([])
    expect(split('Nhân rộng điển hình tiên tiến')).toEqual(['Nhân rộng điển hình tiên tiến'])
  })
})

describe('spokenForm', () => {
  it('reads the "./." closing mark of official texts as a full stop', () => {
    expect(spokenForm('góp phần phát triển kinh tế - xã hội ở địa phương./.')).toBe('góp phần phát triển kinh tế - xã hội ở địa phương.')
  })
})

describe('utteranceChunks', () => {
  it('leaves a short sentence whole', () => {
    expect(utteranceChunks('Trời mưa to.')).toEqual(['Trời mưa to.'])
  })

  it('cuts a long sentence at clause boundaries, each chunk at most the limit, nothing lost', () => {
    const sentence = Array.from({ length: 12 }, (_, i) => `vế thứ ${i + 1} của một câu rất dài`).join(', ') + '.'
    const chunks = utteranceChunks(sentence, 80)
    expect(chunks.length).toBeGreaterThan(2)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(80)
    expect(chunks.join(' ')).toBe(sentence)
    expect(chunks[0]).toMatch(/,$/)
  })

  it('cuts into pieces of about even length, leaving no short tail', () => {
    const sentence = 'Việc học tập các chuyên đề hàng năm được tỉnh tổ chức học tập trung bằng hình thức truyền hình trực tiếp '
      + 'trên sóng Đài Phát thanh - Truyền hình tỉnh để toàn thể đảng viên, nhân dân cùng theo dõi, học tập.'
    const chunks = utteranceChunks(sentence, 200)
    expect(chunks).toHaveLength(2)
    expect(Math.min(...chunks.map((c) => c.length))).toBeGreaterThan(25) // not "học tập."
    expect(chunks.join(' ')).toBe(sentence)
  })
})
