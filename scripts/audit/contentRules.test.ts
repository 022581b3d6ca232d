import { describe, expect, it } from 'vitest'
import { allRules } from './rules'
import { altIsFileName, documentFormat, isVagueLinkText, mentionsNewWindow, namesFormatAndSize } from '../../core/contentCheck/words'
import { contentFindings, looksLikeImageOfText, type PageContent } from './contentRules'

const empty: PageContent = {
  lang: 'vi', mainText: '', passages: [], links: [], images: [], fields: [], groups: [], looseHints: [], emptyParagraphs: [], deprecated: [], accesskeys: [],
}
const link = (name: string, href: string, extra: Partial<PageContent['links'][number]> = {}) =>
  ({ selector: `a[${name}]`, name, href, target: '', adjacentToPrevious: false, ...extra })
const rules = (c: Partial<PageContent>) => contentFindings({ ...empty, ...c }, allRules).map((f) => f.rule)

describe('link text rules', () => {
  it('knows link text that means nothing on its own, in Vietnamese and English, whatever the case and trailing marks', () => {
    for (const text of ['Bấm vào đây', 'XEM THÊM »', 'đọc tiếp…', 'Click here', 'Read more →', ' here. ']) expect(isVagueLinkText(text), text).toBe(true)
    for (const text of ['Xem thêm tin thể thao', 'Read more about the budget', 'Đây là lịch tàu']) expect(isVagueLinkText(text), text).toBe(false)
  })

  it('reports same text to different places, but not the same place twice, and adjacent duplicates', () => {
    expect(rules({ links: [link('Báo cáo', 'http://x/a'), link('báo cáo', 'http://x/b')] })).toEqual(['link-same-text'])
    expect(rules({ links: [link('Báo cáo', 'http://x/a'), link('Báo cáo', 'http://x/a#top')] })).toEqual([])
    expect(rules({ links: [link('Ảnh', 'http://x/a'), link('Tin', 'http://x/a', { adjacentToPrevious: true })] })).toEqual(['link-adjacent-duplicate'])
  })

  it('asks new windows and documents to say so', () => {
    expect(mentionsNewWindow('Bản đồ (mở trong cửa sổ mới)')).toBe(true)
    expect(mentionsNewWindow('Map (opens in a new tab)')).toBe(true)
    expect(rules({ links: [link('Bản đồ', 'http://x/m', { target: '_blank' })] })).toEqual(['link-new-window'])
    expect(rules({ links: [link('Bản đồ', 'http://x/m', { target: '_self' })] })).toEqual([])
    expect(documentFormat('https://x/files/bao-cao.PDF?v=2')).toBe('pdf')
    expect(documentFormat('https://x/bao-cao')).toBeUndefined()
    expect(namesFormatAndSize('Báo cáo năm (PDF, 2,4 MB)', 'pdf')).toBe(true)
    expect(namesFormatAndSize('Biểu mẫu (Word, 120 KB)', 'docx')).toBe(true)
    expect(namesFormatAndSize('Báo cáo năm (PDF)', 'pdf')).toBe(false)
  })
})

describe('image and form rules', () => {
  it('knows alt text that is a file name', () => {
    expect(altIsFileName('IMG_1234.jpg', 'http://x/a.jpg')).toBe(true)
    expect(altIsFileName('DSC0042', 'http://x/a.jpg')).toBe(true)
    expect(altIsFileName('ho-guom', 'http://x/img/ho-guom.webp?w=600')).toBe(true)
    expect(altIsFileName('Hồ Gươm lúc bình minh', 'http://x/img/ho-guom.webp')).toBe(false)
    expect(altIsFileName('', 'http://x/a.jpg')).toBe(false)
  })

  it('suspects wide, short images described by a sentence of being text', () => {
    expect(looksLikeImageOfText('Giảm giá mọi đầu sách tuần này', 600, 80)).toBe(true)
    expect(looksLikeImageOfText('Hồ Gươm lúc bình minh', 600, 400)).toBe(false)
    expect(looksLikeImageOfText('Logo', 600, 80)).toBe(false)
  })

  it('reports alt repeated in title, placeholder-only labels and ungrouped choices', () => {
    expect(rules({ images: [{ selector: 'img', alt: 'Hồ Gươm', title: 'hồ gươm', src: 'x', width: 10, height: 10 }] })).toEqual(['alt-repeats-title'])
    const fields = [{ selector: 'input', placeholder: 'Tìm kiếm', labelled: false }, { selector: 'input#b', placeholder: 'Tìm', labelled: true }]
    expect(rules({ fields })).toEqual(['placeholder-label'])
    const groups = [{ name: 'radio size', selectors: ['#s', '#l'], grouped: false }, { name: 'radio c', selectors: ['#a', '#b'], grouped: true }]
    expect(rules({ groups })).toEqual(['group-no-fieldset'])
  })
})

describe('language of page and parts', () => {
  const vi = 'Hà Nội là thủ đô của Việt Nam, một thành phố có lịch sử hơn một nghìn năm. Người dân ở đây thường ăn phở vào buổi sáng và đọc báo.'
  const en = 'The city council met on Tuesday to discuss the new bus routes, and it agreed that the changes will start in the spring.'
  it('reports a page lang that does not match the text, and only then', () => {
    expect(rules({ lang: 'en', mainText: vi })).toEqual(['lang-mismatch'])
    expect(rules({ lang: 'vi-VN', mainText: vi })).toEqual([])
    expect(rules({ lang: 'vi', mainText: en })).toEqual(['lang-mismatch'])
  })

  it('reports a passage in another language than the lang it inherits', () => {
    const passages = [{ selector: 'p:nth-of-type(2)', lang: 'vi', text: en }]
    expect(rules({ lang: 'vi', mainText: `${vi} ${vi} ${en}`, passages })).toEqual(['lang-part-mismatch'])
    expect(rules({ lang: 'vi', mainText: `${vi} ${vi} ${en}`, passages: [{ ...passages[0]!, lang: 'en' }] })).toEqual([])
  })

  it('runs only the rules asked for', () => {
    expect(contentFindings({ ...empty, lang: 'en', mainText: vi, accesskeys: ['a'] }, (r) => r === 'accesskey').map((f) => f.rule)).toEqual(['accesskey'])
  })
})
