/** Serves the checker's known-violation pages (e2e/fixtures/pages.ts; no CSP, no app): `node --import tsx scripts/audit/serve-fixtures.ts`. */
import { createServer } from 'node:http'
import { FIXTURE_INDEX, FIXTURE_PAGES, fixtureSitemap, renderFixture } from '../../e2e/fixtures/pages'

const port = Number(process.env.FIXTURES_PORT ?? 4174)

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  if (path === '/redirect-loop') return void response.writeHead(302, { location: '/redirect-loop' }).end()
  if (path === '/hangs') return // never answers: the audit must time out and go on
  if (path === '/sitemap.xml') return void response.writeHead(200, { 'content-type': 'application/xml' }).end(fixtureSitemap(`http://localhost:${port}`))
  const name = path === '/' ? 'index' : /^\/([a-z-]+)\.html$/.exec(path)?.[1]
  const page = name === 'index' ? FIXTURE_INDEX : name ? FIXTURE_PAGES[name] : undefined
  if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderFixture(page))
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://localhost:${port}`))
