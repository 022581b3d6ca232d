import { describe, expect, it } from 'vitest'
import { htmlToDocument } from '../content/parse'
import { firstParagraph, isGeneratedExcerpt, proseText } from './wordpressLead'

// Content and excerpts as WordPress 6.1 rendered them for the seeded posts (server/test/realWordpress).
const CONTENT = `<p>Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi.</p>
<h2>Tiêu đề mục một</h2>
<p>Cây cầu dài 60 mét.</p>
<blockquote class="wp-block-quote"><p>Một câu trích dẫn.</p><cite>Người nói</cite></blockquote>
<figure class="wp-block-image"><img src="a.png" alt="Cây cầu"><figcaption>Cầu ngày khánh thành.</figcaption></figure>
<figure class="wp-block-table"><table><tbody><tr><td>Năm</td><td>Số cầu</td></tr><tr><td>2019</td><td>7</td></tr></tbody></table></figure>
<ul><li>Chiều dài: 60 mét</li></ul>`

describe('telling WordPress’s generated excerpt from an editor’s', () => {
  it('knows the generated one: the content’s blocks from the start, images and lists left out, cut with […]', () => {
    expect(isGeneratedExcerpt('<p>Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi. Tiêu đề mục một Cây cầu dài 60 mét. Một câu trích dẫn. Người nói Năm Số cầu 2019 7</p>\n', CONTENT)).toBe(true)
    expect(isGeneratedExcerpt('<p>Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi. Tiêu đề mục một Cây cầu dài [&hellip;]</p>\n', CONTENT)).toBe(true)
    expect(isGeneratedExcerpt('', CONTENT)).toBe(true)
  })

  it('knows an editor’s, even one that borrows the content’s words', () => {
    expect(isGeneratedExcerpt('<p>Hơn 300 hộ dân có cầu mới.</p>', CONTENT)).toBe(false)
    expect(isGeneratedExcerpt('<p>Huyện Ba Bể khánh thành cầu dân sinh.</p>', CONTENT)).toBe(false)
    expect(isGeneratedExcerpt('<p>Sáng nay, huyện Ba Bể khánh thành cầu mới.</p>', CONTENT)).toBe(false)
  })
})

describe('what a listing may quote', () => {
  it('leads with the first paragraph, only when nothing but pictures comes before it', () => {
    expect(firstParagraph(htmlToDocument(CONTENT))).toBe('Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi.')
    expect(firstParagraph(htmlToDocument('<figure><img src="https://x.example/a.png" alt="Ảnh"></figure><p>Đoạn đầu.</p>'))).toBe('Đoạn đầu.')
    expect(firstParagraph(htmlToDocument('<h2>Lịch tiếp</h2><p>Đoạn sau tiêu đề.</p>'))).toBe('')
    expect(firstParagraph(htmlToDocument('<blockquote><p>Trích dẫn.</p></blockquote><p>Đoạn.</p>'))).toBe('')
  })

  it('quotes paragraphs and lists in snippets, never headings, quotes or tables', () => {
    const text = proseText(htmlToDocument(CONTENT))
    expect(text).toContain('Cây cầu dài 60 mét.')
    expect(text).toContain('Chiều dài: 60 mét')
    for (const word of ['Tiêu đề mục một', 'Một câu trích dẫn', 'Người nói', 'Số cầu', 'Cầu ngày khánh thành']) expect(text).not.toContain(word)
  })
})
