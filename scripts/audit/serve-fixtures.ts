/** Serves e2e/fixtures for the checker's own tests (no CSP, no app): `node --import tsx scripts/audit/serve-fixtures.ts`. */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, normalize, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../e2e/fixtures')
const port = Number(process.env.FIXTURES_PORT ?? 4174)
const types: Record<string, string> = { html: 'text/html; charset=utf-8', xml: 'application/xml', json: 'application/json' }

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  if (path === '/redirect-loop') {
    response.writeHead(302, { location: '/redirect-loop' }).end()
    return
  }
  if (path === '/hangs') return // never answers: the audit must time out and go on
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  if (!file.startsWith(root)) return void response.writeHead(403).end()
  try {
    let body = await readFile(file, 'utf8')
    if (file.endsWith('sitemap.xml')) body = body.replaceAll('PORT', String(port))
    response.writeHead(200, { 'content-type': types[file.split('.').pop()!] ?? 'application/octet-stream' }).end(body)
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  }
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://localhost:${port}`))
