// Server render time of one page, measured in-process (no HTTP, no page cache): the built
// server entry rendering the longest article from the embedded database, N times.
// Prints JSON: { slug, renders, p50, p95, max } in milliseconds. Used by scripts/bench.mjs.
// As the server runs it: production builds of Vue and its libraries (see server/runMode.ts).
import '../server/runMode'
import { resolve } from 'node:path'
import { pathTo } from '../core/paths'
import { readConfig } from '../server/config'
import { importContent } from '../server/db/importContent'
import { openDatabase } from '../server/db/schema'
import { LecternSource } from '../server/sources/lectern'
import { loadBuiltRenderer } from '../server/ssr/renderer'

const RENDERS = Number(process.argv[2] ?? 200)
const root = resolve(import.meta.dirname, '..')
const config = readConfig({})
const db = openDatabase(':memory:')
importContent(db, resolve(root, 'content'))
const source = new LecternSource(db)
const renderer = await loadBuiltRenderer(config.distDir, config.serverDir)
if (!renderer) throw new Error('Not built: run npm run build first.')
const entry = await renderer.loadEntry()
const { items } = (await source.listArticles({ page: 1, pageSize: 50 }))!
const slug = [...items].sort((a, b) => b.readingMinutes - a.readingMinutes)[0]!.slug
const content = entry.sourceContentClient(source)
const render = () => entry.render({
  url: pathTo.article(slug), locale: 'vi', localeFromCookie: false, runtime: config.runtime, content, origin: 'http://localhost', draftId: '',
})
for (let i = 0; i < 20; i++) await render() // warm up the JIT
const times: number[] = []
for (let i = 0; i < RENDERS; i++) {
  const started = performance.now()
  await render()
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2))
console.log(JSON.stringify({ slug, renders: RENDERS, p50: at(0.5), p95: at(0.95), max: at(1) }))
db.close()
