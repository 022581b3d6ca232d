#!/usr/bin/env node
// `npm run bench:scale` (or `npm run bench -- --scale`): how far one Lectern instance goes with a
// portal-sized archive. Generates the seeded 10,000-article corpus into .bench/ (gitignored; reused
// when already there), starts the real server on it (a fresh database file), then measures with
// autocannon on loopback and prints each figure next to the goal of issue 13.
//
//   node --import tsx scripts/bench-scale.mjs [--count 10000] [--duration 10] [--reuse-db]
//
// Two servers on the same database: the product as configured (answers cached by URL and
// compressed once), and one with RESPONSE_CACHE_MB=0, where every request reaches the database:
// what distinct queries (a cache miss each) cost.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { startServer } from '../server/test/startServer.ts'
import { ensureBenchCorpus } from './corpus/benchCorpus.ts'

const ROOT = new URL('..', import.meta.url).pathname
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}
const COUNT = Number(arg('count', '10000'))
const DURATION = Number(arg('duration', '10'))
const DATABASE = join(ROOT, '.bench', 'scale.db')
// Not 4190: that is the sieve port, which fetch refuses as a "bad port".
const PORT = Number(process.env.BENCH_PORT ?? 4210)

// What readers search for: common terms, rare ones, several words, a prefix being typed.
const SEARCHES = [
  'bac kan', 'tinh', 'Bắc Kạn', 'lũ quét sạt lở', 'thuyền độc mộc', 'hồng không hạt', 'festival', 'quyết định', 'ba b', 'tin', 'nông thôn mới', 'Pác Nặm',
]

const results = []
const row = (measure, now, goal, measured, ok) => results.push({ measure, now, goal, measured, ok })
const ms = (n) => `${Math.round(n * 10) / 10}`

// 1. The corpus.
const CORPUS = ensureBenchCorpus(ROOT, COUNT)
const articlesDir = join(CORPUS, 'articles')
const slugs = readdirSync(articlesDir).sort().map((file) => /^slug: (.+)$/m.exec(readFileSync(join(articlesDir, file), 'utf8'))[1])

/** Starts the real server on the corpus (see server/test/startServer.ts: it waits for /readyz, as a load balancer does), and the import line it printed. */
async function startProduct(env, port) {
  const running = await startServer({
    env: { PORT: String(port), CONTENT_DIR: CORPUS, DATABASE_FILE: DATABASE, DIST_DIR: join(ROOT, '.bench', 'no-dist'), ...env },
    echoErrors: true,
    // Importing 10,000 articles into a fresh database takes minutes on a busy machine.
    timeoutMs: 30 * 60_000,
  })
  return { server: running.process, out: running.output(), base: running.url, stop: running.stop }
}

/** CPU seconds (user + system) a process has used: a measure the other load on a shared machine does not inflate much. */
const CLOCK_TICKS = 100
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

/** Peak resident memory of a process (VmHWM), in MB. */
const peakRssMb = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024

/**
 * autocannon against the server, plus the server's CPU per answered request: on a machine shared
 * with other work req/s falls with the CPU share the server gets; its CPU per request does not,
 * and 1000 / (CPU ms per request) is what one free core would serve.
 */
async function load(server, base, paths, { connections, headers = {} }) {
  let next = 0
  const cpuBefore = cpuSeconds(server.pid)
  const result = await autocannon({
    url: base,
    connections,
    duration: DURATION,
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  })
  const answered = result.requests.total || 1
  result.cpuMsPerRequest = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / answered
  // autocannon's req/s counts every answer, 503s and 404s among them: only 2xx answers are served.
  result.servedPerSecond = result['2xx'] / result.duration
  result.failed = result.non2xx + result.errors + result.timeouts
  return result
}
const perCore = (run) => `; ${ms(run.cpuMsPerRequest)} CPU ms/req ≈ ${Math.round(1000 / run.cpuMsPerRequest)}/s per free core`
/** Outside the overload run every answer must be a 2xx: otherwise the figures measure errors, and the row fails, saying so. */
const allServed = (run, label) => {
  if (run.failed === 0) return true
  console.error(`  !! ${label}: ${run.non2xx} non-2xx answers (${JSON.stringify(run.statusCodeStats)}), ${run.errors} errors, ${run.timeouts} timeouts`)
  return false
}
const failures = (run) => (run.failed ? `; ${run.non2xx} non-2xx, ${run.errors} errors` : '')

async function oneAtATime(server, base, paths, rounds) {
  const times = []
  const failed = []
  const cpuBefore = cpuSeconds(server.pid)
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      const started = performance.now()
      const response = await fetch(base + path, { headers: { 'accept-encoding': 'br' } })
      await response.arrayBuffer()
      // A time of an error is no time of an answer: counted apart, and the row fails.
      if (!response.ok) {
        failed.push(`${path} ${response.status}`)
        continue
      }
      times.push(performance.now() - started)
    }
  }
  const cpuMsPerRequest = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / times.length
  times.sort((a, b) => a - b)
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))]
  if (failed.length) console.error(`  !! ${failed.length} answers were not 2xx: ${failed.slice(0, 5).join(', ')}…`)
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), cpuMsPerRequest, failed: failed.length }
}
const notServed = (run) => (run.failed ? `; ${run.failed} non-2xx` : '')

const searchPaths = SEARCHES.map((q) => `/api/search?q=${encodeURIComponent(q)}`)
const articlePaths = slugs.filter((_, i) => i % 50 === 0).map((slug) => `/api/articles/${slug}`)
const br = { 'accept-encoding': 'br' }

// --reuse-db keeps the database of the last run (the import then only hashes the files).
const reuse = process.argv.includes('--reuse-db') && existsSync(DATABASE)
if (!reuse) for (const file of [DATABASE, `${DATABASE}-wal`, `${DATABASE}-shm`]) rmSync(file, { force: true })

// 2. Import, as the server does it at start (fresh database file).
console.log('Starting the server on the corpus (import)…')
const started = performance.now()
let product = await startProduct({}, PORT)
const importSeconds = (performance.now() - started) / 1000
const importCpu = cpuSeconds(product.server.pid)
const importLine = /Content: .*/.exec(product.out)?.[0] ?? ''
const rss = peakRssMb(product.server.pid)
const dbMb = [DATABASE, `${DATABASE}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0) / 1024 / 1024
console.log(`  ${importLine}`)
row(reuse ? 'start on an imported database (--reuse-db): s, peak RSS MB' : 'import of the corpus: s, peak RSS MB', '—', '≤ 60 s, ≤ 500 MB',
  `${ms(importSeconds)} s (${Math.round(importCpu)} CPU s), ${Math.round(rss)} MB`, importSeconds <= 60 && rss <= 500)
row('  database size', '—', '', `${Math.round(dbMb)} MB`)
console.log(`  ${results.at(-2).measured}; database ${results.at(-1).measured}`)

try {
  // 3. The product: repeated requests come from the cache of answers.
  console.log('Search, one at a time (cached after the first of each)…')
  const warm = await oneAtATime(product.server, product.base, searchPaths, 20)
  row('search, one at a time, repeated queries: p95 ms', '~22', '≤ 20',
    `${ms(warm.p95)} (${ms(warm.cpuMsPerRequest)} CPU ms/req${notServed(warm)})`, !warm.failed && warm.p95 <= 20)
  console.log('Search, 20 connections (repeated queries)…')
  let run = await load(product.server, product.base, searchPaths, { connections: 20, headers: br })
  row('search, 20 conn., repeated queries: req/s, p50/p99 ms', '~35, 230/1,200', '≥ 500, p99 ≤ 60',
    `${Math.round(run.servedPerSecond)}, ${run.latency.p50}/${run.latency.p99}${perCore(run)}${failures(run)}`,
    allServed(run, 'search, repeated') && run.servedPerSecond >= 500 && run.latency.p99 <= 60)
  console.log('Article JSON with brotli, 20 connections…')
  run = await load(product.server, product.base, articlePaths, { connections: 20, headers: br })
  row('article JSON with brotli: req/s', '~800', '≥ 3,000', `${Math.round(run.servedPerSecond)} (p99 ${run.latency.p99} ms${perCore(run)}${failures(run)})`,
    allServed(run, 'article JSON') && run.servedPerSecond >= 3000)
  console.log('Article list (home), 20 connections…')
  run = await load(product.server, product.base, ['/api/articles', '/api/articles?pageSize=10', '/api/categories'], { connections: 20, headers: br })
  row('article list, home: req/s', '~850', '≥ 3,000', `${Math.round(run.servedPerSecond)} (p99 ${run.latency.p99} ms${perCore(run)}${failures(run)})`,
    allServed(run, 'article list') && run.servedPerSecond >= 3000)
} finally {
  await product.stop()
}

// 4. Every request to the database: distinct queries, a cache miss each.
console.log('Restarting with RESPONSE_CACHE_MB=0 (every request reaches the database)…')
product = await startProduct({ RESPONSE_CACHE_MB: '0' }, PORT + 1)
try {
  const cold = await oneAtATime(product.server, product.base, searchPaths, 10)
  row('search, one at a time, every query new: p50/p95 ms', '~22', '≤ 20 (p95)',
    `${ms(cold.p50)}/${ms(cold.p95)} (${ms(cold.cpuMsPerRequest)} CPU ms/req${notServed(cold)})`, !cold.failed && cold.p95 <= 20)
  console.log('Search, 20 connections, every query new…')
  let run = await load(product.server, product.base, searchPaths, { connections: 20, headers: br })
  row('search, 20 conn., every query new: req/s, p50/p99 ms', '~35, 230/1,200', '≥ 500, p99 ≤ 60',
    `${Math.round(run.servedPerSecond)}, ${run.latency.p50}/${run.latency.p99}${perCore(run)}${failures(run)}`,
    allServed(run, 'search, every query new') && run.servedPerSecond >= 500 && run.latency.p99 <= 60)

  // 5. Overload: 200 connections of uncached searches. Shed requests must say when to come back.
  console.log('Overload: 200 connections…')
  let missingRetryAfter = 0
  let probed503 = 0
  let probing = true
  // One more reader, timed alone: autocannon's slowest counts only answers that came before it stopped.
  let probeSlowest = 0
  const probe = (async () => {
    while (probing) {
      const started = performance.now()
      const response = await fetch(`${product.base}${searchPaths[0]}`).catch(() => undefined)
      probeSlowest = Math.max(probeSlowest, performance.now() - started)
      if (response?.status === 503) {
        probed503++
        if (!response.headers.get('retry-after')) missingRetryAfter++
      }
      await response?.arrayBuffer()
    }
  })()
  run = await load(product.server, product.base, searchPaths, { connections: 200, headers: br })
  probing = false
  await probe
  const shed = run.statusCodeStats?.['503']?.count ?? 0
  const served = run.statusCodeStats?.['200']?.count ?? 0
  const others = run.non2xx - shed
  const slowest = Math.max(run.latency.max, probeSlowest)
  row('overload, 200 conn.: slowest answer, 200s / 503s', '—', 'none > 2 s; excess 503 + Retry-After',
    `${Math.round(slowest)} ms (p99 ${run.latency.p99}), ${served} / ${shed}` +
    `${others ? `, ${others} other non-2xx` : ''}${run.errors ? `, ${run.errors} errors` : ''}` +
    `${missingRetryAfter ? `, ${missingRetryAfter} 503 without Retry-After` : ''}${probed503 ? '' : ' (probe saw no 503)'}`,
    slowest <= 2000 && missingRetryAfter === 0 && run.errors === 0 && others === 0)
} finally {
  await product.stop()
}

console.log(`\nLectern at scale: ${COUNT} articles, ${DURATION} s per run, loopback, autocannon ${'9.0.0'}`)
const widths = [56, 16, 38, 34]
const line = (cells) => console.log(`| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 4)).join(' | ')} |`)
line(['measure', 'now (33 articles)', 'goal', 'measured', 'ok'])
line(widths.map((w) => '-'.repeat(w)).concat('--'))
for (const r of results) line([r.measure, r.now, r.goal, r.measured, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'])
console.log(`load average while measuring (1, 5, 15 min): ${loadavg().map((n) => n.toFixed(2)).join(', ')}`)
const missed = results.filter((r) => r.ok === false).length
if (missed) {
  console.error(`${missed} of ${results.filter((r) => r.ok !== undefined).length} goals not met`)
  process.exitCode = 1
}
