import { describe, expect, it } from 'vitest'
import type { ConversionNote } from '../../core/contentFindings'
import type { Block } from '../../core/document'
import { inlineText } from '../../core/text'
import { htmlToDocument } from './parse'

const convert = (html: string) => {
  const notes: ConversionNote[] = []
  const doc = htmlToDocument(html, { notes })
  return { blocks: doc.blocks, notes }
}
const itemsText = (block: Block | undefined): string[] =>
  block?.type === 'list' ? block.items.map((item) => item.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('')) : []

describe('safe repairs', () => {
  it('removes empty paragraphs and empty headings', () => {
    const { blocks } = convert('<p> </p><p>&nbsp;</p><h2> </h2><h3><strong></strong></h3><p>Nội dung.</p><p><br></p>')
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Nội dung.' }] }])
  })

  it('makes heading levels consecutive under the title and notes each skip', () => {
    const { blocks, notes } = convert('<h2>Một</h2><h4>Hai</h4><h5>Ba</h5><h2>Bốn</h2>')
    expect(blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 4, 2])
    expect(notes).toEqual([{ rule: 'heading-skipped', excerpt: 'Hai' }, { rule: 'heading-skipped', excerpt: 'Ba' }])
  })

  it('turns paragraphs typed as "-", "•" or "1." lines into real lists, and notes it', () => {
    const { blocks, notes } = convert(
      '<p>Hồ sơ gồm:</p><p>- Đơn đăng ký;</p><p>- Bản sao giấy tờ.</p>'
      + '<p>• Sáng: họp</p><p>• Chiều: tham quan</p>'
      + '<p>2. Bước hai</p><p>3. Bước ba</p><p>Kết thúc.</p>',
    )
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'list', 'list', 'paragraph'])
    expect(blocks[1]).toMatchObject({ ordered: false })
    expect(itemsText(blocks[1])).toEqual(['Đơn đăng ký;', 'Bản sao giấy tờ.'])
    expect(itemsText(blocks[2])).toEqual(['Sáng: họp', 'Chiều: tham quan'])
    expect(blocks[3]).toMatchObject({ ordered: true, start: 2 })
    expect(itemsText(blocks[3])).toEqual(['Bước hai', 'Bước ba'])
    expect(notes.map((n) => n.rule)).toEqual(['list-typed-repaired', 'list-typed-repaired', 'list-typed-repaired'])
    expect(notes[0]!.excerpt).toBe('- Đơn đăng ký; / - Bản sao giấy tờ.')
  })

  it('turns one paragraph of typed lines broken with <br> into a list', () => {
    const { blocks } = convert('<p>1. Nộp hồ sơ<br>2. Nhận kết quả</p>')
    expect(blocks[0]).toMatchObject({ type: 'list', ordered: true })
    expect(itemsText(blocks[0])).toEqual(['Nộp hồ sơ', 'Nhận kết quả'])
  })

  it('leaves what only looks like a list: one line, numbers out of order, mixed bullets', () => {
    const { blocks, notes } = convert(
      '<p>- Một dòng đối thoại.</p><p>Xen giữa.</p><p>1. Một</p><p>3. Ba</p><p>- Gạch</p><p>• Chấm</p><p>2023 là năm. Số 1. Tiếp</p>',
    )
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true)
    expect(notes).toEqual([])
  })

  it('gives a header-less table whose first row is all bold that row as its header, and notes it', () => {
    const { blocks, notes } = convert('<table><tr><td><strong>Huyện</strong></td><td><b>Sản lượng</b></td></tr><tr><td>Ba Bể</td><td>12</td></tr></table>')
    expect(blocks[0]).toEqual({
      type: 'table',
      caption: [],
      head: [[
        { header: true, scope: 'col', children: [{ type: 'text', value: 'Huyện' }] },
        { header: true, scope: 'col', children: [{ type: 'text', value: 'Sản lượng' }] },
      ]],
      body: [[{ header: false, children: [{ type: 'text', value: 'Ba Bể' }] }, { header: false, children: [{ type: 'text', value: '12' }] }]],
    })
    expect(notes).toEqual([{ rule: 'table-header-repaired', excerpt: 'Huyện | Sản lượng' }])
  })

  it('does not guess a header when the first row is only partly bold', () => {
    const { blocks, notes } = convert('<table><tr><td><strong>Huyện</strong></td><td>Sản lượng</td></tr><tr><td>Ba Bể</td><td>12</td></tr></table>')
    expect(blocks[0]).toMatchObject({ type: 'table', head: [] })
    expect(notes).toEqual([])
  })

  it('unwraps single-cell layout tables into their content', () => {
    const { blocks } = convert('<table><tr><td><h2>Thông báo</h2><p>Lịch làm việc.</p></td></tr></table>')
    expect(blocks).toEqual([
      { type: 'heading', level: 2, id: 'thong-bao', children: [{ type: 'text', value: 'Thông báo' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Lịch làm việc.' }] },
    ])
  })
})
