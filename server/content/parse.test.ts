import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'petite-vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import DocumentRenderer from '../../src/content/DocumentRenderer'
import type { ArticleDocument, Block } from '../../core/document'
import { DocumentSchema } from '../../core/documentSchema'
import en from '../../src/i18n/locales/en.json'
import vi from '../../src/i18n/locales/vi.json'
import { resolveDottedPath } from '../../src/i18n/resolve'
import { ArticleFrontMatter, readFrontMatter } from './frontMatter'
import { htmlToDocument, htmlToText, markdownToDocument } from './parse'
import type { ConversionNote } from '../../core/contentFindings'
import { CONTENT_DIR } from '../test/testApp'

/** Renders a document to HTML through the same component the article view uses. */
async function render(document: ArticleDocument): Promise<string> {
  const app = createSSRApp({ render: () => h(DocumentRenderer, { document }) })
  app.use(createI18n({ legacy: false, locale: 'vi', messageResolver: resolveDottedPath, messages: { vi, en } }))
  app.use(createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] }))
  return renderToString(app)
}

const blocksOf = (doc: ArticleDocument, type: Block['type']) => doc.blocks.filter((b) => b.type === type)

describe('every sample article: parse → sanitize → render', () => {
  const dir = join(CONTENT_DIR, 'articles')
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'))

  it('has the sample articles on disk', () => {
    expect(files.length).toBeGreaterThanOrEqual(1)
  })

  it.each(files)('%s becomes a valid document that renders with one heading outline', async (file) => {
    const { body } = readFrontMatter(ArticleFrontMatter, readFileSync(join(dir, file), 'utf8'), file)
    const doc = markdownToDocument(body)
    expect(v.safeParse(DocumentSchema, doc).success).toBe(true)
    const html = await render(doc)
    expect(html).not.toMatch(/<h1|<script|\son[a-z]+=|javascript:/i)
    let last = 1
    for (const heading of doc.blocks.filter((b) => b.type === 'heading')) {
      expect(heading.level).toBeLessThanOrEqual(last + 1)
      last = heading.level
    }
  })
})

describe('hostile HTML never reaches the DOM', () => {
  const hostile = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<p style="font-size:4px;color:#fff" onclick="alert(1)">styled</p>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name="q"><button>go</button></form>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<div id="main-content" class="site-nav">clobber</div>',
  ]

  it.each(hostile)('Markdown with %s', async (attack) => {
    const html = await render(markdownToDocument(`Đoạn văn.\n\n${attack}\n\nKết thúc.`))
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<svg|<style|\son[a-z]+=|javascript:|data:text|style=|id="main-content"|class="site-nav"/i)
    expect(html).toContain('Đoạn văn.')
  })

  it.each(hostile)('HTML with %s', async (attack) => {
    const html = await render(htmlToDocument(`<p>Đoạn văn.</p>${attack}<p>Kết thúc.</p>`))
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<svg|<style|\son[a-z]+=|javascript:|data:text|style=|id="main-content"|class="site-nav"/i)
  })

  it('the browser-side schema refuses a document carrying a javascript: link', () => {
    const doc = { version: 1, blocks: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }] }] }
    expect(v.safeParse(DocumentSchema, doc).success).toBe(false)
    const unknownNode = { version: 1, blocks: [{ type: 'html', value: '<script>alert(1)</script>' }] }
    expect(v.safeParse(DocumentSchema, unknownNode).success).toBe(false)
  })
})

describe('accessibility normalization', () => {
  it('demotes body h1s and closes heading gaps', () => {
    const doc = htmlToDocument('<h1>A</h1><h4>B</h4><h2>C</h2><h6>D</h6>')
    expect(blocksOf(doc, 'heading').map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 2, 3])
  })

  it('notes each heading whose level it had to close a gap for', () => {
    const notes: ConversionNote[] = []
    htmlToDocument('<h1>A</h1><h4>B</h4><h2>C</h2><h6>D</h6>', { notes })
    expect(notes).toEqual([{ rule: 'heading-skipped', excerpt: 'B' }, { rule: 'heading-skipped', excerpt: 'D' }])
    const fromMarkdown: ConversionNote[] = []
    markdownToDocument('## A\n\n### B', { notes: fromMarkdown })
    expect(fromMarkdown).toEqual([])
  })

  it('gives headings unique, folded ids', () => {
    const doc = markdownToDocument('## Đường giao thông\n\n## Đường giao thông')
    expect(blocksOf(doc, 'heading').map((b) => (b.type === 'heading' ? b.id : ''))).toEqual(['duong-giao-thong', 'duong-giao-thong-2'])
  })

  it('turns an image alone in a paragraph into a figure whose title is the caption', () => {
    const doc = markdownToDocument('![Hồ Ba Bể](/media/x.svg "Hồ Ba Bể mùa thu")')
    expect(doc.blocks[0]).toEqual({
      type: 'figure',
      image: { src: '/media/x.svg', alt: 'Hồ Ba Bể', decorative: false },
      caption: [{ type: 'text', value: 'Hồ Ba Bể mùa thu' }],
    })
  })

  it('tells a decorative image (alt="") from one missing its description', async () => {
    const doc = htmlToDocument('<img src="/media/a.svg" alt=""><img src="/media/b.svg">')
    const images = doc.blocks.map((b) => (b.type === 'figure' ? b.image : undefined))
    expect(images.map((i) => i?.decorative)).toEqual([true, false])
    const html = await render(doc)
    expect(html).toMatch(/<img src="\/media\/a\.svg" alt(="")?[ >]/) // SSR writes an empty alt as a bare attribute
    expect(html).toContain('alt="Ảnh chưa có mô tả"')
  })

  it('gives data tables header scopes and strips layout tables', () => {
    const data = htmlToDocument('<table><tr><th>Huyện</th><th>Sản lượng</th></tr><tr><th>Ba Bể</th><td>12</td></tr></table>')
    const table = data.blocks[0]
    expect(table?.type).toBe('table')
    if (table?.type !== 'table') return
    expect(table.head[0]!.map((c) => c.scope)).toEqual(['col', 'col'])
    expect(table.body[0]![0]).toMatchObject({ header: true, scope: 'row' })
    const layout = htmlToDocument('<table><tr><td><p>Chỉ là bố cục</p></td></tr></table>')
    expect(layout.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Chỉ là bố cục' }] }])
  })

  it('removes empty links, marks new-window links and keeps language of parts', async () => {
    const doc = htmlToDocument('<p><a href="/x"></a><a href="https://example.org" target="_blank">Xem</a> <span lang="en">open data</span></p>')
    const html = await render(doc)
    expect(html).not.toContain('href="/x"')
    expect(html).toContain('target="_blank"')
    expect(html).toContain('(mở trong cửa sổ mới)')
    expect(html).toContain('<span lang="en">open data</span>')
  })

  it('reads CMS titles as text', () => {
    expect(htmlToText('Tin &amp; sự kiện <em>mới</em><script>x</script>')).toBe('Tin & sự kiện mới')
  })
})

describe('contact details in <address>', () => {
  it('keeps an address block with its Markdown inside, links and all, and renders <address>', async () => {
    const doc = markdownToDocument('<address>\n\n**Văn phòng**<br>\nSố 7, đường Trường Chinh\n\nĐiện thoại: [0209 3870 000](tel:+842093870000)\n\n</address>\n')
    expect(v.safeParse(DocumentSchema, doc).success).toBe(true)
    expect(doc.blocks).toHaveLength(1)
    expect(doc.blocks[0]!.type).toBe('address')
    const html = await render(doc)
    expect(html).toContain('<address><p><strong>Văn phòng</strong><br> Số 7, đường Trường Chinh</p>')
    expect(html).toMatch(/<a href="tel:\+842093870000"[^>]*>0209 3870 000<\/a><\/p><\/address>/)
  })

  it('drops an empty address and never keeps attributes on it', () => {
    expect(markdownToDocument('<address onclick="x()" id="a"></address>').blocks).toEqual([])
  })
})
