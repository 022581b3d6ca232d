import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { ConversionNote } from '../../core/contentFindings'
import { DocumentSchema } from '../../core/documentSchema'
import { inlineText } from '../../core/text'
import { htmlToDocument, markdownToDocument } from './parse'

const convert = (html: string) => {
  const notes: ConversionNote[] = []
  const doc = htmlToDocument(html, { notes })
  expect(v.safeParse(DocumentSchema, doc).success, JSON.stringify(doc)).toBe(true)
  return { doc, blocks: doc.blocks, notes, json: JSON.stringify(doc) }
}

describe('same-page links', () => {
  it('keeps the ids that links target, prefixed and unique, and points the links at them', () => {
    const { blocks } = convert(
      '<p><a href="#ket-qua">Xem kết quả</a> và <a href="#bang">bảng</a></p>'
      + '<h2 id="ket-qua">Kết quả</h2><p id="ref-bang">Một đoạn.</p><table id="bang"><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
    )
    expect(blocks[0]).toMatchObject({ type: 'paragraph', children: [
      { type: 'link', href: '#ket-qua', children: [{ type: 'text', value: 'Xem kết quả' }] },
      { type: 'text', value: ' và ' },
      { type: 'link', href: '#ref-bang' },
    ] })
    expect(blocks[1]).toMatchObject({ type: 'heading', id: 'ket-qua' })
    // A paragraph whose source id nobody links to gets none.
    expect(blocks[2]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Một đoạn.' }] })
    expect(blocks[3]).toMatchObject({ type: 'table', id: 'ref-bang' })
  })

  it('gives an inline target (a span, an old <a name>) to the block that holds it', () => {
    const { blocks } = convert('<p><a href="#chu-thich-1">[1]</a></p><p><a name="chu-thich-1"></a>(1) Nguồn: Sở Y tế.</p><ul><li id="muc-2">Mục hai</li></ul><p><a href="#muc-2">mục 2</a></p>')
    expect(blocks[1]).toMatchObject({ type: 'paragraph', id: 'ref-chu-thich-1' })
    expect(blocks[0]).toMatchObject({ children: [{ type: 'link', href: '#ref-chu-thich-1' }] })
    expect(blocks[2]).toMatchObject({ type: 'list', items: [[{ type: 'paragraph', id: 'ref-muc-2' }]] })
  })

  it('unlinks a link to nothing, keeping its words, and notes it', () => {
    const { blocks, notes } = convert('<p>Xem <a href="#khong-co">phần cuối</a> và <a href="#">đầu trang</a>.</p>')
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Xem ' }, { type: 'text', value: 'phần cuối' }, { type: 'text', value: ' và ' }, { type: 'text', value: 'đầu trang' }, { type: 'text', value: '.' }] }])
    expect(notes).toEqual([{ rule: 'fragment-link-dead', excerpt: 'phần cuối' }, { rule: 'fragment-link-dead', excerpt: 'đầu trang' }])
  })

  it('follows Markdown footnotes to their notes', () => {
    const doc = markdownToDocument('Theo báo cáo[^1].\n\n[^1]: Báo cáo của Sở.')
    const json = JSON.stringify(doc)
    const href = /"href":"#([a-z0-9-]+)"/.exec(json)?.[1]
    expect(href).toBeDefined()
    expect(json).toContain(`"id":"${href}"`)
  })
})

describe('link names', () => {
  it('uses aria-label, aria-labelledby or title as the text of a link that has none', () => {
    const { blocks } = convert(
      '<p id="nhan">Tải văn bản</p>'
      + '<p><a href="https://x.example/a" aria-label="Quyết định 12"></a> <a href="https://x.example/b" aria-labelledby="nhan"><i class="icon"></i></a> <a href="https://x.example/c" title="Lịch tiếp dân"> </a></p>',
    )
    expect(blocks[1]).toMatchObject({ children: [
      { type: 'link', href: 'https://x.example/a', children: [{ type: 'text', value: 'Quyết định 12' }] },
      { type: 'text', value: ' ' },
      { type: 'link', href: 'https://x.example/b', children: [{ type: 'text', value: 'Tải văn bản' }] },
      { type: 'text', value: ' ' },
      { type: 'link', href: 'https://x.example/c', title: 'Lịch tiếp dân', children: [{ type: 'text', value: 'Lịch tiếp dân' }] },
    ] })
  })

  it('still drops a link with no name at all', () => {
    expect(convert('<p>A <a href="https://x.example"><span></span></a></p>').json).not.toContain('"link"')
  })
})

describe('linked pictures', () => {
  it('keeps a picture that is a link’s only content as a linked figure named by its description', () => {
    const { blocks } = convert('<p><a href="https://x.example/bai"><img src="https://x.example/a.png" alt="Cầu Pác Ngòi"></a></p>')
    expect(blocks).toEqual([{ type: 'figure', href: 'https://x.example/bai', image: { src: 'https://x.example/a.png', alt: 'Cầu Pác Ngòi', decorative: false }, caption: [] }])
  })

  it('names it by the link when the picture has no description, and never leaves it decorative', () => {
    const { blocks } = convert('<figure><a href="/tin/1" aria-label="Đọc tin lũ quét" target="_blank"><img src="/a.png" alt=""></a><figcaption>Lũ quét</figcaption></figure><p><a href="/tin/2"><img src="/b.png" alt=""></a></p>')
    expect(blocks[0]).toMatchObject({ type: 'figure', href: '/tin/1', newWindow: true, image: { alt: 'Đọc tin lũ quét', decorative: false }, caption: [{ type: 'text', value: 'Lũ quét' }] })
    expect(blocks[1]).toMatchObject({ type: 'figure', href: '/tin/2', image: { alt: '', decorative: false } })
  })

  it('leaves a link with words and a picture as a link, the picture after it', () => {
    const { blocks } = convert('<p><a href="https://x.example/bai"><img src="https://x.example/a.png" alt="Ảnh cầu"> Đọc tiếp</a></p>')
    expect(blocks[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'link', children: [{ type: 'text', value: 'Đọc tiếp' }] }] })
    expect(blocks[1]).toEqual({ type: 'figure', image: { src: 'https://x.example/a.png', alt: 'Ảnh cầu', decorative: false }, caption: [] })
  })
})

describe('headings of pictures', () => {
  it('reads a heading that is only a described picture as the description', () => {
    const { blocks } = convert('<h2><img src="/logo.png" alt="Lịch tiếp công dân"></h2><h2><img src="/x.png" alt=""></h2>')
    expect(blocks).toEqual([{ type: 'heading', level: 2, id: 'lich-tiep-cong-dan', children: [{ type: 'text', value: 'Lịch tiếp công dân' }] }])
  })
})

describe('hidden content', () => {
  it('drops what the author hid instead of revealing it, and notes hidden words', () => {
    const { blocks, notes, json } = convert(
      '<p>Hiện.</p><p hidden>Ẩn một.</p><div style="display: none"><table><tr><td></td></tr></table>Ẩn hai.</div>'
      + '<p>Biểu tượng <span aria-hidden="true"></span><span style="color:red;visibility:hidden">ẩn ba</span>xong.</p>',
    )
    expect(json).not.toMatch(/Ẩn|ẩn/)
    expect(blocks.map((b) => b.type === 'paragraph' && inlineText(b.children))).toEqual(['Hiện.', 'Biểu tượng xong.'])
    expect(notes.map((n) => n.excerpt)).toEqual(['Ẩn một.', 'Ẩn hai.', 'ẩn ba'])
    expect(new Set(notes.map((n) => n.rule))).toEqual(new Set(['hidden-removed']))
  })

  it('does the same for raw HTML in Markdown', () => {
    const doc = markdownToDocument('Hiện.\n\n<div hidden>\n\nẨn.\n\n</div>\n')
    expect(JSON.stringify(doc)).not.toContain('Ẩn')
  })
})

describe('inline SVG', () => {
  it('turns an SVG with a title into a described picture, rebuilt without script or outside references', () => {
    const { blocks } = convert(
      '<p><svg viewBox="0 0 10 10" onload="alert(1)"><title>Biểu đồ lượng mưa</title><script>alert(2)</script>'
      + '<a href="javascript:alert(3)"><rect width="10" height="5" fill="url(https://evil.example/x)"/></a><circle cx="5" cy="5" r="2" fill="#c00"/>'
      + '<foreignObject><p>x</p></foreignObject></svg></p>',
    )
    expect(blocks).toHaveLength(1)
    const figure = blocks[0]!
    expect(figure).toMatchObject({ type: 'figure', image: { alt: 'Biểu đồ lượng mưa', decorative: false } })
    const src = figure.type === 'figure' ? figure.image.src : ''
    expect(src).toMatch(/^data:image\/svg\+xml;base64,/)
    const svg = Buffer.from(src.split(',')[1]!, 'base64').toString('utf8')
    expect(svg).toContain('<circle cx="5" cy="5" r="2" fill="#c00"></circle>')
    expect(svg).toContain('<title>Biểu đồ lượng mưa</title>')
    expect(svg).not.toMatch(/alert|script|onload|evil|foreignObject|href/)
  })

  it('notes and drops an SVG without a title', () => {
    const { blocks, notes } = convert('<p>Trước <svg><path d="M0 0"/></svg>sau.</p>')
    expect(blocks.map((b) => b.type === 'paragraph' && inlineText(b.children))).toEqual(['Trước sau.'])
    expect(notes).toEqual([{ rule: 'svg-removed', excerpt: 'svg' }])
  })
})

describe('video and audio', () => {
  it('keeps a player with an address as a link to its media, its caption and its transcript track', () => {
    const { blocks } = convert(
      '<figure><video controls title="Lễ hội Lồng Tồng"><source src="https://x.example/le-hoi.mp4" type="video/mp4">'
      + '<track kind="captions" src="https://x.example/le-hoi.vtt" srclang="vi" label="Phụ đề tiếng Việt"></video><figcaption>Lễ hội năm 2024</figcaption></figure>',
    )
    expect(blocks).toEqual([
      { type: 'paragraph', children: [
        { type: 'link', href: 'https://x.example/le-hoi.mp4', children: [{ type: 'text', value: 'Lễ hội Lồng Tồng' }] },
        { type: 'text', value: ' — ' },
        { type: 'link', href: 'https://x.example/le-hoi.vtt', children: [{ type: 'text', value: 'Phụ đề tiếng Việt' }] },
      ] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Lễ hội năm 2024' }] },
    ])
  })

  it('keeps an audio file named by its address when it has no title', () => {
    const { blocks } = convert('<audio src="https://x.example/ban-tin.mp3" controls></audio>')
    expect(blocks).toMatchObject([{ type: 'paragraph', children: [{ type: 'link', href: 'https://x.example/ban-tin.mp3' }] }])
  })

  it('notes a player without a usable address', () => {
    const { blocks, notes } = convert('<p>Xem video:</p><video title="Bản tin" src="blob:abc"></video><audio></audio>')
    expect(blocks).toHaveLength(1)
    expect(notes).toEqual([{ rule: 'media-removed', excerpt: 'Bản tin' }, { rule: 'media-removed', excerpt: 'audio' }])
  })
})

describe('what the sanitizer removes', () => {
  it('notes form controls and formulas that held words', () => {
    const { notes } = convert('<p>Đăng ký <button>Gửi</button> <select><option>Hà Nội</option></select><button></button></p>')
    expect(notes).toEqual([{ rule: 'content-removed', excerpt: 'Gửi' }, { rule: 'content-removed', excerpt: 'Hà Nội' }])
  })
})
