#!/usr/bin/env node
// `npm run bench`: builds, starts the real server, and prints what a reader pays for the article
// route: initial JS/CSS bytes (gzip and brotli), the total transfer of a first article view, and
// Lighthouse 12 mobile metrics for Home and the seed article, each next to its budget;
// with `--audit [N]`, the time the accessibility audit takes over N pages (150).
import { execSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const ROOT = new URL('..', import.meta.url).pathname
const DIST = join(ROOT, 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4183)
const BASE = `http://localhost:${PORT}`
const SEED = '/bai-viet/nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'
const CHROME = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const BUDGET = { initialJsGzip: 60 * 1024, lcpMs: 2500, cls: 0.1, tbtMs: 200, score: 0.9 }

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const row = (label, value, budget, ok) => console.log(`  ${label.padEnd(34)} ${String(value).padStart(12)}   budget ${String(budget).padStart(9)}  ${ok === undefined ? '' : ok ? 'ok' : 'OVER'}`)

console.log('Building…')
execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' })

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
const server = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), DATABASE_FILE: ':memory:', HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('ready at') && resolve())
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
})

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
  await browser.close()
  console.log('\nFirst article view (no cache, loopback)')
  row('total transfer', kb(transfer), '', undefined)
  row('requests', requests, '', undefined)
  row('time to article h1 (unthrottled)', `${Math.round(readyMs)} ms`, '', undefined)

  // 4. Lighthouse, mobile (its default: simulated slow 4G and a 4x slower CPU).
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS })
  try {
    for (const [name, path] of [['Home', '/'], ['Seed article', SEED]]) {
      const result = await lighthouse(BASE + path, { port: chrome.port, output: 'json', logLevel: 'error' })
      const { audits, categories } = result.lhr
      console.log(`\nLighthouse 12 mobile — ${name}`)
      const ms = (id) => Math.round(audits[id].numericValue)
      row('LCP', `${ms('largest-contentful-paint')} ms`, `${BUDGET.lcpMs} ms`, ms('largest-contentful-paint') <= BUDGET.lcpMs)
      row('FCP', `${ms('first-contentful-paint')} ms`, '1800 ms', ms('first-contentful-paint') <= 1800)
      row('TBT', `${ms('total-blocking-time')} ms`, `${BUDGET.tbtMs} ms`, ms('total-blocking-time') <= BUDGET.tbtMs)
      const cls = audits['cumulative-layout-shift'].numericValue
      row('CLS', cls.toFixed(3), BUDGET.cls, cls <= BUDGET.cls)
      for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
        const score = categories[id].score ?? 0
        row(`${categories[id].title} score`, Math.round(score * 100), BUDGET.score * 100, score >= BUDGET.score)
      }
    }
  } finally {
    await chrome.kill()
  }

  // 5. `npm run bench -- --audit [N]`: the accessibility audit over N page URLs (150: the site's
  // pages again and again, each with its own query) at two widths, --concurrency 2. Wall time
  // depends on what else the machine runs, so the load average is printed next to it.
  const auditAt = process.argv.indexOf('--audit')
  if (auditAt !== -1) await benchAudit(Number(process.argv[auditAt + 1] ?? '') || 150)
} finally {
  server.kill('SIGTERM')
}

async function benchAudit(count) {
  const paths = ['/', '/gioi-thieu', '/kha-nang-tiep-can', '/lien-he', '/so-do-trang', '/gop-y', '/chuyen-muc/tin-tuc-su-kien', '/chuyen-muc/kinh-te', SEED]
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-audit-'))
  writeFileSync(join(dir, 'urls.txt'), Array.from({ length: count }, (_, i) => `${paths[i % paths.length]}?bench=${i}`).join('\n'))
  const load = os.loadavg()[0].toFixed(1)
  const started = performance.now()
  const run = spawnSync('node', ['--import', 'tsx', 'scripts/audit/cli.ts', BASE, '--urls', join(dir, 'urls.txt'), '--out', dir], { cwd: ROOT, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  console.log(`\nAccessibility audit, ${count} pages × 2 widths, --concurrency 2 (exit ${run.status})`)
  row('wall time', `${seconds.toFixed(0)} s`, '300 s', seconds <= 300)
  row('pages a minute', (count / (seconds / 60)).toFixed(1), '', undefined)
  row('load average when it started', load, `${os.cpus().length} cores`, undefined)
}
