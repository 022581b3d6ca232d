/**
 * A generated portal for the sync bench: `node --import tsx scripts/site-bench/origin.ts <pages> <port>`.
 * robots.txt, a gzipped sitemap index of sitemaps of 1,000 addresses, and article pages shaped as
 * provincial portals print them (navigation, sidebar, footer around a ~600-word article), with
 * ETags and 304s as a web server gives them. Prints "ready <port>" once listening.
 */
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'

const pages = Number(process.argv[2] ?? 10_000)
const port = Number(process.argv[3] ?? 0)
const PER_SITEMAP = 1000
const WORDS = [
  'tỉnh Bắc Kạn hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm huyện Ba Bể Chợ Đồn người dân cán bộ chương trình',
  'nông thôn mới chuyển đổi số dịch vụ công trực tuyến giáo dục y tế du lịch văn hóa',
].join(' ').split(' ')

const sentence = (seed: number, length: number) => {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(WORDS[(seed * 31 + i * 17 + (i * i) % 13) % WORDS.length]!)
  return `${out.join(' ')}.`
}
const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/Pages/chuyen-muc-${i}.aspx">Chuyên mục ${i}</a></li>`).join('')

function article(n: number): string {
  const paragraphs = Array.from({ length: 8 }, (_, p) => `<p>${Array.from({ length: 5 }, (_, s) => sentence(n + p * 7 + s, 15)).join(' ')}</p>`).join('\n')
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/tin/bai-${(n + i + 1) % pages}.html">${sentence(n + i, 8)}</a></li>`).join('')
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài ${n} - Cổng thông tin</title>
<meta property="og:title" content="Bài số ${n}: ${sentence(n, 8)}"><meta name="description" content="${sentence(n + 1, 20)}"></head>
<body><div id="header"><a href="/">Cổng thông tin điện tử</a><ul class="menu">${nav}</ul><form action="/search"><input name="q"></form></div>
<div id="content"><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức</a></div>
<div class="article"><h1>Bài số ${n}: ${sentence(n, 8)}</h1><div class="date">Cập nhật lúc: ${String(1 + (n % 28)).padStart(2, '0')}/05/2024 08:${String(n % 60).padStart(2, '0')}:00</div>
<p class="lead"><strong>${sentence(n + 2, 25)}</strong></p>${paragraphs}<p><strong>Văn phòng UBND tỉnh</strong></p></div>
<div class="related"><h2>Tin liên quan</h2><ul>${related}</ul></div></div>
<div id="sidebar"><h2>Liên kết</h2><ul>${nav}</ul></div><div id="footer">Bản quyền thuộc UBND tỉnh. Địa chỉ: tổ 1, phường Đức Xuân.</div></body></html>`
}

const sitemaps = Math.ceil(pages / PER_SITEMAP)
const origin = () => `http://127.0.0.1:${(server.address() as { port: number }).port}`
const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`
const cache = new Map<string, { body: Buffer; type: string; etag: string }>()
const file = (path: string): { body: Buffer; type: string; etag: string } | undefined => {
  const kept = cache.get(path)
  if (kept) return kept
  let made: { body: Buffer; type: string } | undefined
  const sitemap = /^\/sitemap-(\d+)\.xml\.gz$/.exec(path)
  const page = /^\/tin\/bai-(\d+)\.html$/.exec(path)
  if (path === '/robots.txt') made = { body: Buffer.from(`User-agent: *\nDisallow: /search\nSitemap: ${origin()}/sitemap_index.xml.gz\n`), type: 'text/plain' }
  else if (path === '/sitemap_index.xml.gz') {
    const list = Array.from({ length: sitemaps }, (_, i) => `<sitemap><loc>${origin()}/sitemap-${i}.xml.gz</loc></sitemap>`).join('')
    made = { body: gzipSync(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${list}</sitemapindex>`), type: 'application/gzip' }
  } else if (sitemap && Number(sitemap[1]) < sitemaps) {
    const from = Number(sitemap[1]) * PER_SITEMAP
    const urls = Array.from({ length: Math.min(PER_SITEMAP, pages - from) }, (_, i) => `<url><loc>${origin()}/tin/bai-${from + i}.html</loc></url>`).join('')
    made = { body: gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`), type: 'application/gzip' }
  } else if (page && Number(page[1]) < pages) made = { body: Buffer.from(article(Number(page[1]))), type: 'text/html; charset=utf-8' }
  else if (path === '/') {
    made = { body: Buffer.from('<!doctype html><html><head><title>Cổng</title></head><body></body></html>'), type: 'text/html; charset=utf-8' }
  }
  if (!made) return undefined
  const result = { ...made, etag: etagOf(made.body) }
  // Pages are made again on demand (10,000 of them would hold 300 MB); only the small files are kept.
  if (!page) cache.set(path, result)
  return result
}

const server = createServer((request, response) => {
  const found = file(request.url ?? '/')
  if (!found) return void response.writeHead(404).end()
  if (request.headers['if-none-match'] === found.etag) return void response.writeHead(304, { etag: found.etag }).end()
  response.writeHead(200, { 'content-type': found.type, etag: found.etag, 'content-length': found.body.length }).end(found.body)
})
server.listen(port, '127.0.0.1', () => console.log(`ready ${(server.address() as { port: number }).port}`))
