// Offline numbers for `npm run bench` (and alone: `node --import tsx scripts/benchOffline.mjs`, which builds
// nothing and starts its own server on BENCH_PORT + 2 from the current dist/, as the bench does):
// - the precache: every file the service worker keeps at install (from dist/sw.js), gzip;
// - the time to show a saved article offline: save it, cut the network, open it again, until
//   its heading is on screen (and until the app has hydrated), median of a few rounds.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { kb, row } from './benchRows.mjs'
import { withServer } from './benchServer.mjs'

export const OFFLINE_BUDGET = { precacheGzip: 250 * 1024, savedOfflineMs: 500 }
const ROUNDS = 5
/** Installing the worker fetches every precached file; far more than that takes on a busy machine. */
const WORKER_MS = 30_000

/**
 * Waits until the service worker controls the page, or says why it does not. The worker installs
 * only if every precache request succeeds; when the server shed one (503), this wait had no end,
 * and the bench hung until it was killed ("Target page, context or browser has been closed").
 * The bench now runs this on a server that does not shed (benchServer.mjs); should the worker
 * still not install, the run says so, with the requests that failed.
 */
async function workerInControl(page, failures) {
  const state = await page.evaluate((ms) => new Promise((resolve) => {
    const done = () => resolve('controlling')
    if (navigator.serviceWorker.controller) return done()
    navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
    setTimeout(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      const states = registration && ['installing', 'waiting', 'active'].map((stage) => `${stage}: ${registration[stage]?.state ?? 'none'}`).join(', ')
      resolve(registration ? `registered, ${states}` : 'never registered')
    }, ms)
  }), WORKER_MS)
  if (state !== 'controlling') {
    const failed = failures.slice(0, 5).join(', ') || 'none'
    throw new Error(`the service worker did not take control within ${WORKER_MS / 1000} s (${state}); failed requests: ${failed}`)
  }
}

export function precacheSize(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8')
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1])
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    const bytes = readFileSync(join(dist, url))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { files: urls.length, raw, gzip, fonts: urls.filter((u) => u.endsWith('.woff2')).length }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Milliseconds from asking for the saved article (network cut) to its heading, and to hydration. */
export async function savedArticleOffline(base, path, launch) {
  const browser = await chromium.launch(launch)
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'vi-VN' })
    const page = await context.newPage()
    // The worker's own requests (its precache) are the context's too.
    const failures = []
    context.on('response', (response) => { if (response.status() >= 400) failures.push(`${response.status()} ${new URL(response.url()).pathname}`) })
    context.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText ?? 'failed'} ${new URL(request.url()).pathname}`))
    await page.goto(`${base}/`)
    await workerInControl(page, failures)
    await page.goto(base + path)
    const toggle = page.getByRole('button', { name: 'Lưu để đọc ngoại tuyến' })
    await toggle.click()
    await page.waitForSelector('button[aria-pressed="true"]')
    await context.setOffline(true)
    const heading = []
    const hydrated = []
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto('about:blank')
      const started = Date.now()
      await page.goto(base + path, { waitUntil: 'commit' })
      await page.getByRole('heading', { level: 1 }).waitFor()
      heading.push(Date.now() - started)
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
      hydrated.push(Date.now() - started)
    }
    return { headingMs: median(heading), hydratedMs: median(hydrated) }
  } finally {
    await browser.close()
  }
}

export function printOffline(precache, timing) {
  console.log('\nOffline')
  row(`precache: ${precache.files} files, ${precache.fonts} fonts`, kb(precache.raw), '', undefined)
  row('precache, gzip', kb(precache.gzip), kb(OFFLINE_BUDGET.precacheGzip), precache.gzip <= OFFLINE_BUDGET.precacheGzip)
  row('saved article offline: heading', `${timing.headingMs} ms`, `${OFFLINE_BUDGET.savedOfflineMs} ms`, timing.headingMs <= OFFLINE_BUDGET.savedOfflineMs)
  row('saved article offline: hydrated', `${timing.hydratedMs} ms`, '', undefined)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname
  const port = Number(process.env.BENCH_PORT ?? 4183) + 2
  const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const seed = '/bai-viet/nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'
  const timing = await withServer(root, port, (base) => savedArticleOffline(base, seed, { executablePath: chrome, args: ['--no-sandbox'] }))
  printOffline(precacheSize(join(root, 'dist')), timing)
}
