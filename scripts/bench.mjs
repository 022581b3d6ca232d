#!/usr/bin/env node
// `npm run bench`: builds, starts the real server, and prints what a reader pays for the article
// route: initial JS/CSS bytes (gzip and brotli), the total transfer of a first article view,
// Lighthouse 12 mobile metrics for Home and the seed article side by side with "the limit" (the
// same server HTML with every script removed), server render times, and page throughput; with
// `--audit [N]`, the time the accessibility audit takes over N pages (150); `--audit-only [N]`
// builds and runs that audit step alone (what the audit's own work is measured with).
import { execFileSync, execSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import os, { tmpdir } from 'node:os'
import autocannon from 'autocannon'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { precacheSize, printOffline, savedArticleOffline } from './benchOffline.mjs'
import { kb, row } from './benchRows.mjs'
import { withServer } from './benchServer.mjs'
import { startServer } from '../server/test/startServer.ts'

// `npm run bench -- --site [--pages N --rate R]`: syncing a generated portal (scripts/bench-site.mjs).
if (process.argv.includes('--site')) {
  await import('./bench-site.mjs')
  process.exit(0)
}

// `npm run bench -- --content-check`: the content checks at portal scale alone (scripts/bench-content-check.ts).
if (process.argv.includes('--content-check')) {
  const bench = ['--import', 'tsx', 'scripts/bench-content-check.ts', ...process.argv.slice(process.argv.indexOf('--content-check') + 1)]
  const run = spawnSync(process.execPath, bench, { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit' })
  process.exit(run.status ?? 1)
}

// `npm run bench -- --scale`: the portal-scale part alone (scripts/bench-scale.mjs).
if (process.argv.includes('--scale')) {
  await import('./bench-scale.mjs')
  process.exit(0)
}

const ROOT = new URL('..', import.meta.url).pathname

// `npm run bench -- --extract`: the site source's extraction bench alone (scripts/bench-extract.ts):
// quality per extractor on Lectern's corpus and Readability's test pages, speed, peak RSS.
if (process.argv.includes('--extract')) {
  const bench = ['--import', 'tsx', 'scripts/bench-extract.ts', ...process.argv.slice(process.argv.indexOf('--extract') + 1)]
  execFileSync('node', bench, { cwd: ROOT, stdio: 'inherit' })
  process.exit(0)
}
const DIST = join(ROOT, 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4183)
const BASE = `http://localhost:${PORT}`
const SEED = '/bai-viet/nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'
const CHROME = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
]
// The first-view budgets as decided on #10: 65 KB gzip of JavaScript for this stack (petite-vue-i18n kept),
// and LCP within 1.15× of the same page without scripts for an article, 1.45× for Home.
const BUDGET = {
  initialJsGzip: 65 * 1024, lcpMs: 2500, cls: 0.1, tbtMs: 50, score: 0.9, lcpRatio: { Home: 1.45, 'Seed article': 1.15 }, renderP95Ms: 15, cachedReqS: 2000,
  playToSpeechMs: 50, splitMs: 10,
}
const LIMIT_PORT = PORT + 1
const LIGHTHOUSE_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

console.log('Building…')
execSync('npm run build', { cwd: ROOT, stdio: 'ignore' })

// `npm run bench -- --audit-only [N]`: step 8 alone, on its own server (the other steps' numbers
// do not depend on the audit, and take minutes of their own).
const auditOnlyAt = process.argv.indexOf('--audit-only')
if (auditOnlyAt !== -1) {
  await withServer(ROOT, PORT + 2, (base) => benchAudit(base, Number(process.argv[auditOnlyAt + 1] ?? '') || 150))
  process.exit(0)
}

// 1. Bytes, from Vite's manifest: the entry and everything it imports statically, plus the
// article view's own chunks (loaded at once on an article URL).
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    closure(manifest[key].imports ?? [], seen)
  }
  return seen
}
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
const articleKey = Object.keys(manifest).find((k) => k.endsWith('views/ArticleView.vue'))
const files = (keys, field) => [...new Set([...keys].flatMap((k) => (field === 'file' ? [manifest[k].file] : manifest[k].css ?? [])))]
const measure = (list) => list.reduce((sum, file) => {
  const bytes = readFileSync(join(DIST, file))
  sum.raw += bytes.length
  sum.gzip += gzipSync(bytes, { level: 9 }).length
  sum.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  return sum
}, { raw: 0, gzip: 0, brotli: 0 })

const entryJs = measure(files(closure([entryKey]), 'file'))
const articleJs = measure(files(closure([entryKey, articleKey]), 'file'))
const css = measure(files(closure([entryKey, articleKey]), 'css'))

console.log('\nBundle (article route)')
row('entry JS, gzip (every first view)', kb(entryJs.gzip), kb(BUDGET.initialJsGzip), entryJs.gzip <= BUDGET.initialJsGzip)
row('entry JS, brotli', kb(entryJs.brotli), '', undefined)
row('initial JS incl. article view, gzip', kb(articleJs.gzip), kb(BUDGET.initialJsGzip), articleJs.gzip <= BUDGET.initialJsGzip)
row('initial JS incl. article view, brotli', kb(articleJs.brotli), '', undefined)
row('initial CSS, gzip', kb(css.gzip), '', undefined)
row('initial CSS, brotli', kb(css.brotli), '', undefined)

// 2. The real server, in-memory database.
const server = await startServer({ env: { PORT: String(PORT), DATABASE_FILE: ':memory:' }, echoErrors: true })

try {
  // 3. Transfer of a first article view, as the network saw it (compressed bytes on the wire).
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) })
  const page = await browser.newPage()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let transfer = 0
  let requests = 0
  cdp.on('Network.loadingFinished', (event) => {
    transfer += event.encodedDataLength
    requests++
  })
  const started = performance.now()
  await page.goto(BASE + SEED, { waitUntil: 'networkidle' })
  await page.getByRole('heading', { level: 1 }).waitFor()
  const readyMs = performance.now() - started
  console.log('\nFirst article view (no cache, loopback)')
  row('total transfer', kb(transfer), '', undefined)
  row('requests', requests, '', undefined)
  row('time to article h1 (unthrottled)', `${Math.round(readyMs)} ms`, '', undefined)

  // 3b. Read aloud on the longest article: from the press on "Listen" to the first utterance handed
  // to speechSynthesis (a stand-in that records when speak() is called; voices ready), first press
  // (the player's code loads then) and a second one; and the sentence splitting alone, in Node.
  const listenPage = await browser.newPage()
  await listenPage.addInitScript(() => {
    const synth = new EventTarget()
    Object.assign(synth, {
      speaking: false,
      getVoices: () => [
        { voiceURI: 'vi', name: 'vi', lang: 'vi-VN', localService: true, default: true },
        { voiceURI: 'en', name: 'en', lang: 'en-US', localService: true, default: false },
      ],
      speak: () => window.__firstSpeech ??= performance.now(),
      cancel: () => {},
    })
    Object.defineProperty(window, 'speechSynthesis', { value: synth })
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text } }
    document.addEventListener('click', (e) => e.target.closest?.('.listen-toggle') && (window.__pressed = performance.now()), true)
  })
  const longest = await (await fetch(`${BASE}/api/articles?pageSize=50`)).json()
  const longestSlug = [...longest.items].sort((a, b) => b.readingMinutes - a.readingMinutes)[0].slug
  await listenPage.goto(`${BASE}/bai-viet/${longestSlug}`, { waitUntil: 'networkidle' })
  const listen = listenPage.locator('.listen-toggle')
  const pressToSpeech = async () => {
    await listenPage.evaluate(() => { window.__firstSpeech = undefined })
    await listen.click()
    await listenPage.waitForFunction(() => window.__firstSpeech !== undefined)
    const ms = await listenPage.evaluate(() => window.__firstSpeech - window.__pressed)
    await listen.click() // close (and stop) again
    return ms
  }
  const firstPress = await pressToSpeech()
  const secondPress = await pressToSpeech()
  await browser.close()
  const split = JSON.parse(execSync('node --import tsx scripts/benchSplit.ts', { cwd: ROOT, encoding: 'utf8' }).trim())
  console.log(`\nRead aloud — longest article (${longestSlug}, ${split.words} words, ${split.sentences} sentences)`)
  row('play → first utterance, first press', `${Math.round(firstPress)} ms`, `${BUDGET.playToSpeechMs} ms`, firstPress <= BUDGET.playToSpeechMs)
  row('play → first utterance, again', `${Math.round(secondPress)} ms`, `${BUDGET.playToSpeechMs} ms`, secondPress <= BUDGET.playToSpeechMs)
  row('sentence splitting (median of 50)', `${split.medianMs.toFixed(1)} ms`, `${BUDGET.splitMs} ms`, split.medianMs <= BUDGET.splitMs)

  // 4. Lighthouse, mobile (its default: simulated slow 4G and a 4x slower CPU), Lectern and "the
  // limit" alternately in one run: the limit is the same server HTML with every script (module,
  // preload, inline, hydration data) removed, served beside it; its CSS and images come from Lectern.
  const limit = createServer(async (req, res) => {
    const upstream = await fetch(BASE + req.url, { headers: { 'accept-encoding': 'identity' } })
    const type = upstream.headers.get('content-type') ?? ''
    let body = Buffer.from(await upstream.arrayBuffer())
    if (type.startsWith('text/html')) {
      body = Buffer.from(String(body).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, ''))
    }
    res.writeHead(upstream.status, { 'content-type': type, 'cache-control': upstream.headers.get('cache-control') ?? 'no-cache' })
    res.end(body)
  })
  await new Promise((resolve) => limit.listen(LIMIT_PORT, '127.0.0.1', resolve))
  // `--no-lighthouse` skips these runs when only the other numbers are wanted.
  const lighthouseRuns = process.argv.includes('--no-lighthouse') ? [] : [['Home', '/'], ['Seed article', SEED]]
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS })
  try {
    for (const [name, path] of lighthouseRuns) {
      const runs = { lectern: [], limit: [] }
      for (let round = 0; round < LIGHTHOUSE_ROUNDS; round++) {
        for (const [which, base] of [['lectern', BASE], ['limit', `http://localhost:${LIMIT_PORT}`]]) {
          const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' })
          runs[which].push(result.lhr)
        }
      }
      const metric = (which, id) => median(runs[which].map((lhr) => lhr.audits[id].numericValue))
      const score = (which, id) => median(runs[which].map((lhr) => lhr.categories[id].score ?? 0))
      console.log(`\nLighthouse 12 mobile — ${name} (median of ${LIGHTHOUSE_ROUNDS}, alternating with the limit)`)
      const lcp = metric('lectern', 'largest-contentful-paint')
      const lcpLimit = metric('limit', 'largest-contentful-paint')
      row('LCP (Lectern)', `${Math.round(lcp)} ms`, `${BUDGET.lcpMs} ms`, lcp <= BUDGET.lcpMs)
      row('LCP (limit: same HTML, no script)', `${Math.round(lcpLimit)} ms`, '', undefined)
      row('LCP(Lectern) / LCP(limit)', (lcp / lcpLimit).toFixed(2), BUDGET.lcpRatio[name], lcp / lcpLimit <= BUDGET.lcpRatio[name])
      row('FCP', `${Math.round(metric('lectern', 'first-contentful-paint'))} ms`, '1800 ms', metric('lectern', 'first-contentful-paint') <= 1800)
      row('TBT', `${Math.round(metric('lectern', 'total-blocking-time'))} ms`, `${BUDGET.tbtMs} ms`, metric('lectern', 'total-blocking-time') <= BUDGET.tbtMs)
      const cls = metric('lectern', 'cumulative-layout-shift')
      row('CLS', cls.toFixed(3), 0, cls === 0)
      for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
        const value = score('lectern', id)
        const wanted = id === 'performance' ? 1 : BUDGET.score
        row(`${runs.lectern[0].categories[id].title} score`, Math.round(value * 100), wanted * 100, value >= wanted)
      }
    }
  } finally {
    await chrome.kill()
    limit.close()
  }

  // 5. Server render time of the longest article, in-process, without the page cache.
  const render = JSON.parse(execFileSync('node', ['--import', 'tsx', 'scripts/bench-render.ts', '200'], { cwd: ROOT, encoding: 'utf8' }))
  console.log(`\nServer render — longest article (${render.slug}), ${render.renders} renders`)
  row('p50', `${render.p50} ms`, '', undefined)
  row('p95', `${render.p95} ms`, `${BUDGET.renderP95Ms} ms`, render.p95 <= BUDGET.renderP95Ms)

  // 6. Throughput on loopback, 10 s each: a cached article page, and uncached renders (every
  // request a different URL, so the page cache never answers).
  const cannon = (options) => new Promise((resolve, reject) => autocannon({ connections: 20, duration: 10, ...options }, (error,
    result) => (error ? reject(error) : resolve(result))))
  const cached = await cannon({ url: BASE + SEED })
  let n = 0
  const uncached = await cannon({ url: BASE + SEED, requests: [{ setupRequest: (request) => ({ ...request, path: `${SEED}?r=${n++}` }) }] })
  console.log('\nPages over HTTP (autocannon, 20 connections, 10 s)')
  row('cached article page: req/s', Math.round(cached.requests.average), BUDGET.cachedReqS, cached.requests.average >= BUDGET.cachedReqS)
  row('cached article page: p99 latency', `${cached.latency.p99} ms`, '', undefined)
  row('uncached renders: req/s', Math.round(uncached.requests.average), '', undefined)
  row('uncached renders: p99 latency', `${uncached.latency.p99} ms`, '', undefined)
  row('non-2xx answers', cached.non2xx + uncached.non2xx, 0, cached.non2xx + uncached.non2xx === 0)

  // 7. Offline: what the service worker precaches, and how fast a saved article opens with no
  // network, on a server of its own that does not shed load (scripts/benchServer.mjs).
  printOffline(precacheSize(DIST), await withServer(ROOT, PORT + 2, (base) => savedArticleOffline(base, SEED, { executablePath: CHROME,
    args: CHROME_FLAGS.slice(1) })))

  // 7b. Site extraction, Lectern's extractor only (a few seconds of one core; the comparison with
  // the other extractors is `npm run bench -- --extract`).
  console.log('\nSite source: article extraction (Lectern only; compare extractors with --extract)')
  execFileSync('node', ['--import', 'tsx', 'scripts/bench-extract.ts', '--only', 'lectern'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'ignore'] })

  // 8. `npm run bench -- --audit [N]`: the accessibility audit over N page URLs (150: the site's
  // pages again and again, each with its own query) at two widths, at the audit's default
  // --concurrency unless the bench is given one (`--concurrency N`, passed on). Wall time
  // depends on what else the machine runs, so the load average is printed next to it.
  const auditAt = process.argv.indexOf('--audit')
  // On a server of its own that does not shed load, as CI's e2e server does not: a busy machine
  // must not turn the audited pages' files into 503s.
  if (auditAt !== -1) await withServer(ROOT, PORT + 2, (base) => benchAudit(base, Number(process.argv[auditAt + 1] ?? '') || 150))
} finally {
  await server.stop()
}

async function benchAudit(base, count) {
  const paths = ['/', '/gioi-thieu', '/kha-nang-tiep-can', '/lien-he', '/so-do-trang', '/gop-y', '/chuyen-muc/tin-tuc-su-kien', '/chuyen-muc/kinh-te', SEED]
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-audit-'))
  writeFileSync(join(dir, 'urls.txt'), Array.from({ length: count }, (_, i) => `${paths[i % paths.length]}?bench=${i}`).join('\n'))
  const load = os.loadavg()[0].toFixed(1)
  const started = performance.now()
  const concurrencyAt = process.argv.indexOf('--concurrency')
  const concurrency = concurrencyAt === -1 ? [] : ['--concurrency', process.argv[concurrencyAt + 1]]
  const audit = ['--import', 'tsx', 'scripts/audit/cli.ts', base, '--urls', join(dir, 'urls.txt'), '--out', dir, '--timings', ...concurrency]
  const run = spawnSync('node', audit, { cwd: ROOT, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  console.log(`\nAccessibility audit, ${count} pages × 2 widths, --concurrency ${concurrency[1] ?? 'as the audit\'s default'} (exit ${run.status})`)
  row('wall time', `${seconds.toFixed(0)} s`, '300 s', seconds <= 300)
  row('pages a minute', (count / (seconds / 60)).toFixed(1), '', undefined)
  row('load average when it started', load, `${os.cpus().length} cores`, undefined)
  // The audit's own summary: findings (Lectern's pages have none) and where the time went.
  const summary = run.stdout.slice(run.stdout.lastIndexOf('\n', run.stdout.indexOf(' page checks in ')) + 1).trim()
  const noSummary = `  (no summary; stderr: ${run.stderr.trim().split('\n').slice(-3).join(' ')})`
  console.log(summary ? summary.split('\n').map((line) => `  ${line}`).join('\n') : noSummary)
  console.log(`  report: ${join(dir, 'report.json')}`)
}
