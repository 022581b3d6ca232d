import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { ArticleDocument, Block } from '../../core/document'
import { DocumentSchema } from '../../core/documentSchema'
import { documentText } from '../../core/text'
import { htmlToDocument, htmlToText } from './parse'
import { safeUrl } from './toDocument'

/** One test per normalization rule for CMS HTML; every result must also pass the browser's schema. */
const doc = (html: string, baseUrl?: string): ArticleDocument => {
  const result = htmlToDocument(html, baseUrl ? { baseUrl } : {})
  expect(v.safeParse(DocumentSchema, result).success, JSON.stringify(result)).toBe(true)
  return result
}
const types = (d: ArticleDocument): Block['type'][] => d.blocks.map((b) => b.type)
const json = (d: ArticleDocument): string => JSON.stringify(d)

describe('headings', () => {
  it('demotes every body h1 and closes gaps in heading soup', () => {
    const d = doc('<h1>Một</h1><h1>Hai</h1><h5>Ba</h5><h3>Bốn</h3><h2>Năm</h2>')
    expect(d.blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 2, 3, 3, 2])
  })

  it('drops headings with no text', () => {
    expect(doc('<h2> </h2><h3><img src="https://x.example/a.png"></h3>').blocks.filter((b) => b.type === 'heading')).toEqual([])
  })
})

describe('images', () => {
  it('marks an image with no alt for editors and keeps alt="" as decorative only', () => {
    const d = doc('<p><img src="https://x.example/a.jpg"></p><p><img src="https://x.example/b.jpg" alt=""></p>')
    expect(d.blocks.map((b) => (b.type === 'figure' ? b.image.decorative : null))).toEqual([false, true])
    expect(d.blocks.map((b) => (b.type === 'figure' ? b.image.alt : null))).toEqual(['', ''])
  })

  it('keeps an image that sits inside a link (classic WordPress galleries)', () => {
    const d = doc('<dl class="gallery-item"><dt><a href="https://x.example/full.jpg"><img src="https://x.example/t.jpg" alt="Ruộng lúa"></a></dt><dd>Mùa gặt</dd></dl>')
    expect(d.blocks[0]).toMatchObject({ type: 'figure', image: { alt: 'Ruộng lúa' } })
    expect(documentText(d)).toContain('Mùa gặt')
  })

  it('resolves relative image paths against the CMS site and drops what cannot be resolved', () => {
    expect(doc('<img src="/wp-content/uploads/a.jpg" alt="A">', 'https://portal.example/').blocks[0])
      .toMatchObject({ image: { src: 'https://portal.example/wp-content/uploads/a.jpg' } })
    expect(doc('<img src="uploads/a.jpg" alt="A">').blocks).toEqual([])
    expect(doc('<img src="//cdn.example/a.jpg" alt="A">').blocks[0]).toMatchObject({ image: { src: 'https://cdn.example/a.jpg' } })
  })
})

describe('tables', () => {
  it('gives a data table column scopes and row scopes', () => {
    const d = doc('<table><thead><tr><th>Huyện</th><th>Tấn</th></tr></thead><tbody><tr><th>Na Rì</th><td>5</td></tr></tbody></table>')
    const table = d.blocks[0]
    if (table?.type !== 'table') throw new Error('expected a table')
    expect(table.head[0]!.map((c) => c.scope)).toEqual(['col', 'col'])
    expect(table.body[0]![0]).toMatchObject({ header: true, scope: 'row' })
  })

  it('takes the layout out of a table marked role="presentation"', () => {
    const d = doc('<table role="presentation"><tr><td><p>Cột trái</p></td><td><p>Cột phải</p></td></tr><tr><td>A</td><td>B</td></tr></table>')
    expect(types(d)).not.toContain('table')
    expect(documentText(d)).toBe('Cột trái\nCột phải\nA\nB')
  })

  it('takes the layout out of a header-less table whose cells hold headings, lists or pictures', () => {
    const d = doc('<table border="0" width="800"><tr><td><h3>Tin</h3><ul><li>Một</li></ul></td><td><img src="https://x.example/a.jpg" alt="A"></td></tr><tr><td>x</td><td>y</td></tr></table>')
    expect(types(d)).toEqual(['heading', 'list', 'figure', 'paragraph', 'paragraph'])
  })

  it('keeps a simple header-less grid as a data table without guessing a header (the content check reports it)', () => {
    const d = doc('<table><tr><td>Năm</td><td>Tấn</td></tr><tr><td>2023</td><td>12</td></tr></table>')
    expect(d.blocks[0]).toMatchObject({ type: 'table', head: [], body: [[{ header: false }, { header: false }], [{ header: false }, { header: false }]] })
  })
})

describe('links and buttons', () => {
  it('removes empty links and links around nothing but an image', () => {
    const d = doc('<p>Xem <a href="https://x.example"></a><a href="https://y.example"> </a>thêm</p>')
    expect(json(d)).not.toContain('"link"')
  })

  it('marks links that open a new window', () => {
    const d = doc('<p><a href="https://x.example" target="_blank" rel="noopener">Văn bản</a></p>')
    expect(json(d)).toContain('"newWindow":true')
  })

  it('removes buttons and form controls, which do nothing in an article', () => {
    const d = doc('<p>Đăng ký</p><button></button><button type="button" onclick="x()">Gửi</button><select><option>Một</option></select>')
    expect(documentText(d)).toBe('Đăng ký')
  })

  it('keeps only URLs the browser accepts, resolving relative ones against the CMS site', () => {
    expect(safeUrl('javascript:alert(1)', 'href')).toBeUndefined()
    expect(safeUrl(' data:text/html,x', 'href')).toBeUndefined()
    expect(safeUrl('//evil.example/x', 'href')).toBe('https://evil.example/x')
    expect(safeUrl('/bai-viet/x', 'href')).toBe('/bai-viet/x')
    expect(safeUrl('khac.html', 'href')).toBeUndefined()
    expect(safeUrl('khac.html', 'href', 'https://portal.example/tin/')).toBe('https://portal.example/tin/khac.html')
    expect(safeUrl('mailto:a@b.vn', 'src')).toBeUndefined()
    const d = doc('<p><a href="tin-khac.html">Tin khác</a></p>')
    expect(d.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Tin khác' }] })
  })
})

describe('language and styles', () => {
  it('keeps lang attributes that are language tags and drops the rest', () => {
    const d = doc('<p lang="en">Open data</p><p><span lang="tay">Then</span> <span lang="not a tag">x</span></p>')
    expect(json(d)).toContain('"lang":"en"')
    expect(json(d)).toContain('"lang":"tay"')
    expect(json(d)).not.toContain('not a tag')
  })

  it('drops inline styles, fonts, colors and fixed widths that fight reader preferences', () => {
    const d = doc('<p style="font-size:9px;color:#777;width:900px"><font size="1" color="#999">Chữ nhỏ</font></p><table width="900" style="width:900px"><tr><th>A</th></tr><tr><td>1</td></tr></table>')
    expect(json(d)).not.toMatch(/style|font|color|900/)
    expect(documentText(d)).toContain('Chữ nhỏ')
  })
})

describe('Gutenberg blocks read well', () => {
  it('columns become their content in reading order', () => {
    const d = doc('<div class="wp-block-columns"><div class="wp-block-column"><p>Trái</p></div><div class="wp-block-column"><p>Phải</p></div></div>')
    expect(documentText(d)).toBe('Trái\nPhải')
  })

  it('a gallery keeps every picture with its own caption, and the gallery caption', () => {
    const d = doc(`<figure class="wp-block-gallery has-nested-images columns-2">
      <figure class="wp-block-image size-large"><img src="https://x.example/1.jpg" alt="Thuyền"><figcaption class="wp-element-caption">Hồ Ba Bể</figcaption></figure>
      <figure class="wp-block-image size-large"><img src="https://x.example/2.jpg" alt="Nhà sàn"><figcaption class="wp-element-caption">Bản Pác Ngòi</figcaption></figure>
      <figcaption class="blocks-gallery-caption wp-element-caption">Du lịch Ba Bể</figcaption></figure>`)
    expect(types(d)).toEqual(['paragraph', 'figure', 'figure'])
    expect(d.blocks.map((b) => (b.type === 'figure' ? documentText({ version: 1, blocks: [b] }) : ''))).toEqual(['', 'Hồ Ba Bể', 'Bản Pác Ngòi'])
  })

  it('an older gallery as a list keeps its pictures', () => {
    const d = doc('<figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="https://x.example/1.jpg" alt="Một"></figure></li><li class="blocks-gallery-item"><figure><img src="https://x.example/2.jpg" alt="Hai"></figure></li></ul></figure>')
    expect(json(d).match(/"figure"/g)).toHaveLength(2)
  })

  it('an embed becomes a link to what it shows, named by its title', () => {
    const d = doc(`<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
      <iframe title="Lễ hội Lồng Tồng" width="500" height="281" src="https://www.youtube.com/embed/abc?feature=oembed" frameborder="0" allowfullscreen></iframe>
      </div><figcaption>Video của Đài tỉnh</figcaption></figure>`)
    expect(d.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'link', href: 'https://www.youtube.com/embed/abc?feature=oembed', children: [{ type: 'text', value: 'Lễ hội Lồng Tồng' }] }] })
    expect(d.blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Video của Đài tỉnh' }] })
  })

  it('an embed WordPress did not expand becomes a link to its URL', () => {
    const d = doc('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.facebook.com/portal/posts/1\n</div></figure>')
    expect(json(d)).toContain('"href":"https://www.facebook.com/portal/posts/1"')
  })

  it('an embedded player with a javascript: source is dropped, not linked', () => {
    const d = doc('<iframe src="javascript:alert(1)" title="x"></iframe><video src="javascript:alert(1)"></video><p>ok</p>')
    expect(json(d)).not.toContain('javascript')
    expect(documentText(d)).toBe('ok')
  })

  it('a quote and a pull quote keep their citation as a line of their own', () => {
    const d = doc('<blockquote class="wp-block-quote"><p>Dân là gốc.</p><cite>Hồ Chí Minh</cite></blockquote><figure class="wp-block-pullquote"><blockquote><p>Đoàn kết</p><cite>Khẩu hiệu</cite></blockquote></figure>')
    expect(types(d)).toEqual(['quote', 'quote'])
    expect(documentText(d)).toBe('Dân là gốc. — Hồ Chí Minh\nĐoàn kết — Khẩu hiệu')
  })

  it('a table block gives its figcaption to the table as its caption', () => {
    const d = doc('<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Xã</th><th>Hộ</th></tr></thead><tbody><tr><td>Nam Mẫu</td><td>120</td></tr></tbody></table><figcaption class="wp-element-caption">Số hộ theo xã</figcaption></figure>')
    expect(d.blocks).toHaveLength(1)
    expect(d.blocks[0]).toMatchObject({ type: 'table', caption: [{ type: 'text', value: 'Số hộ theo xã' }] })
  })

  it('block comments and separators leave no trace but a rule', () => {
    const d = doc('<!-- wp:paragraph --><p>Một</p><!-- /wp:paragraph --><hr class="wp-block-separator has-alpha-channel-opacity"/><p>Hai</p>')
    expect(types(d)).toEqual(['paragraph', 'rule', 'paragraph'])
  })
})

describe('titles and excerpts are text', () => {
  it('decodes entities and drops markup, including WordPress read-more links', () => {
    expect(htmlToText('Lễ hội &#8220;Lồng Tồng&#8221; &#8211; Ba Bể')).toBe('Lễ hội “Lồng Tồng” – Ba Bể')
    expect(htmlToText('<p>Sáng nay [&hellip;] <a href="x" class="more-link">Đọc tiếp</a></p>\n')).toBe('Sáng nay […] Đọc tiếp')
  })
})
