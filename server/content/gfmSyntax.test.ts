import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { CONTENT_DIR } from '../test/testApp'
import { possibleAutolinks } from './gfmSyntax'
import { markdownToDocument, rehypeFaithful } from './parse'
import { sanitizeSchema } from './sanitizeSchema'
import { toDocument } from './toDocument'

/** The pipeline as it was before gfmSyntax.ts: remark-gfm with every literal autolink (and the faithful pass since). */
const withRemarkGfm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw).use(rehypeFaithful).use(rehypeSanitize, sanitizeSchema)
const reference = (markdown: string) => toDocument(withRemarkGfm.runSync(withRemarkGfm.parse(markdown)) as Root)

const SAMPLES = [
  'Liên hệ: toasoan@baobackan.vn hoặc www.baobackan.vn, và https://backan.gov.vn/tin?id=1.',
  'HTTPS://EXAMPLE.ORG/A và WWW.EXAMPLE.ORG và Http://x.example',
  'Not links: user@localhost, @handle, a@b, www., http://, https:/x, ftp://x.example',
  '[Trang www.example.org](https://example.org) và [thư a@b.vn](mailto:a@b.vn)',
  '[nhãn chưa đóng www.example.org và a@b.vn',
  '*www.example.org* ~https://example.org~ (a@b.example.org) _x@y.vn_',
  '| Cột | Địa chỉ |\n| --- | --- |\n| a | toasoan@baobackan.vn |\n| b | www.baobackan.vn/lien-he |',
  '> Trích: https://example.org/a_(b)?c=d&e=f.\n> - mục www.example.org\n\n1. x@y.vn\n2. `a@b.vn` trong mã',
  'Chữ tiếng Việt có dấu: Bắc Kạn, Pác Nặm, đường ĐT 258 — không có liên kết nào.',
  'a\\@b.vn và www\\.example.org và http\\://example.org',
  '<span>www.example.org</span> và <a href="https://x.example">https://x.example</a>',
  '[^1] chú thích www.example.org\n\n[^1]: Nguồn: https://example.org, a@b.vn',
  '- [x] việc xong www.example.org\n- [ ] việc còn lại',
]

describe('GFM without the literal autolinks a document cannot hold', () => {
  it('finds which literal autolinks a text could hold, ignoring case', () => {
    expect(possibleAutolinks('Bắc Kạn, không liên kết')).toEqual([])
    expect(possibleAutolinks('a@b WWW.X HtTpS://y')).toEqual(['emailAutolink', 'wwwAutolink', 'protocolAutolink'])
    expect(possibleAutolinks('http:/x www x.www')).toEqual([])
  })

  it('still links all three kinds', () => {
    const [paragraph] = markdownToDocument(SAMPLES[0]!).blocks
    const links = paragraph?.type === 'paragraph' ? paragraph.children.filter((inline) => inline.type === 'link') : []
    expect(links.map((link) => link.href)).toEqual(['mailto:toasoan@baobackan.vn', 'http://www.baobackan.vn', 'https://backan.gov.vn/tin?id=1'])
  })

  it.each(SAMPLES)('parses %j as remark-gfm does', (markdown) => {
    expect(markdownToDocument(markdown)).toEqual(reference(markdown))
  })

  it('parses every sample article and page as remark-gfm does', () => {
    for (const dir of ['articles', 'pages']) {
      for (const file of readdirSync(join(CONTENT_DIR, dir)).filter((f) => f.endsWith('.md'))) {
        const body = readFileSync(join(CONTENT_DIR, dir, file), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
        expect(markdownToDocument(body), file).toEqual(reference(body))
      }
    }
  })
})
