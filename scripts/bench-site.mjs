#!/usr/bin/env node
// `npm run bench -- --site` (or `node --import tsx scripts/bench-site.mjs`): syncing a generated portal served
// locally (scripts/site-bench/origin.ts, in its own process so its work is not counted), with
// the sync in another (scripts/site-bench/sync.ts): a first sync, then a second with nothing
// changed. Prints wall time, requests, CPU time and peak RSS next to the goals of issue 22.
//
//   node --import tsx scripts/bench-site.mjs [--pages 10000] [--rate 4] [--concurrency 2]
//
// Then the same first sync once more inside the server itself (`npm start`, CONTENT_SOURCE=site),
// whose process also holds the page renderer and the API: its peak RSS is the one a deployment sees.
//
// At the default politeness (4 requests/s) 10,000 pages take about 42 minutes whatever Lectern
// does: the wall time is the rate's. `--rate` measures the same work faster (CPU time and memory
// do not depend on it); the wall time at 4/s is then printed as requests ÷ 4 beside the measured one.
import { execSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}
const PAGES = Number(arg('pages', '10000'))
const RATE = Number(arg('rate', '4'))
const CONCURRENCY = Number(arg('concurrency', '2'))
const DEFAULT_RATE = 4

const origin = spawn('node', ['--import', 'tsx', 'scripts/site-bench/origin.ts', String(PAGES), '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
const port = await new Promise((resolve, reject) => {
  origin.stdout.on('data', (chunk) => {
    const match = /ready (\d+)/.exec(String(chunk))
    if (match) resolve(match[1])
  })
  origin.once('exit', (code) => reject(new Error(`the bench origin exited with ${code}`)))
})
const row = (label, value, goal = '') => console.log(`  ${label.padEnd(50)} ${String(value).padStart(14)}  ${goal}`)
const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-site-'))
try {
  console.log(`Site sync: ${PAGES} generated pages on http://127.0.0.1:${port}/, ${RATE} requests/s, ${CONCURRENCY} at once`)
  const out = await new Promise((resolve, reject) => {
    // The heap cap `npm run site:sync` runs with (package.json), so peak RSS is the sync's own.
    const sync = spawn('node', ['--max-old-space-size=192', '--import', 'tsx', 'scripts/site-bench/sync.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env, SITE_URL: `http://127.0.0.1:${port}/`, SITE_RATE: String(RATE), SITE_CONCURRENCY: String(CONCURRENCY),
        DATABASE_FILE: join(dir, 'site.db'), SITE_PICTURE_DIR: join(dir, 'pictures'), SITE_CONTACT: 'bench@localhost',
      },
    })
    let text = ''
    sync.stdout.on('data', (chunk) => (text += chunk))
    sync.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`the sync exited with ${code}: ${text}`))))
  })
  const { first, second, idleCpuS, bareMs, peakRssMb } = JSON.parse(out.trim().split('\n').at(-1))
  row('first sync: articles stored', first.report.added, `of ${PAGES}; ${first.report.failed} failed`)
  row('first sync: requests', first.requests)
  row('first sync: wall time (s), measured', first.wallS.toFixed(1), `at ${RATE}/s`)
  const firstAtDefault = RATE === DEFAULT_RATE ? first.wallS : first.requests / DEFAULT_RATE
  row(`first sync: wall time at ${DEFAULT_RATE}/s (s)`, firstAtDefault.toFixed(0), RATE === DEFAULT_RATE ? 'measured' : 'requests ÷ 4: the rate decides it')
  row('first sync: CPU time (s)', first.cpuS.toFixed(1), `${(PAGES / first.cpuS).toFixed(0)} pages per CPU second`)
  row('peak RSS (MB)', peakRssMb, peakRssMb <= 300 ? 'goal ≤ 300: met' : 'goal ≤ 300: MISSED')
  row('second sync (unchanged): requests', second.requests, `${second.notModified} answered 304; ${second.report.added + second.report.changed} written`)
  row('second sync: wall time (s), measured', second.wallS.toFixed(1))
  const share = (100 * second.cpuS) / first.cpuS
  row('second sync: CPU time (s)', second.cpuS.toFixed(2), `${share.toFixed(1)} % of the first's (goal < 10 %: ${share < 10 ? 'met' : 'MISSED'})`)
  // The same process idle costs CPU too (V8): over a sync's wall time that is not the sync's work,
  // so the share without it is printed beside, never instead.
  const idleMs = idleCpuS * 1000
  const net = (sync) => Math.max(0, sync.cpuS - idleCpuS * sync.wallS)
  const netShare = (100 * net(second)) / net(first)
  row('process CPU while idle (ms per s)', idleMs.toFixed(1), 'the same process doing nothing')
  const netGoal = `goal < 10 %: ${netShare < 10 ? 'met' : 'MISSED'}`
  row('second sync: CPU time without it (s)', net(second).toFixed(2), `${netShare.toFixed(1)} % of the first's without it (${netGoal})`)
  // The floor: what the second sync's requests would cost with no Lectern code at all.
  const perRequest = (1000 * second.cpuS) / second.requests
  row('second sync: CPU per request (ms)', perRequest.toFixed(2))
  row(`bare node:http 304 request at ${RATE}/s (ms CPU)`, bareMs.toFixed(2), 'the floor: no Lectern code, same rate and concurrency')
  row('floor: bare requests as a share of the first', `${((100 * bareMs * second.requests) / 1000 / first.cpuS).toFixed(1)} %`,
    'no re-sync made of conditional requests costs less here')
  const onlyConditional = second.requests - second.notModified
  row('second sync: requests not answered 304', onlyConditional,
    onlyConditional <= 1 ? 'only conditional requests (the home page has no validator of its own)' : '')
  await serverPeakRss()
} finally {
  origin.kill()
  rmSync(dir, { recursive: true, force: true })
}

/**
 * The first sync inside the server (the built app, as `npm start` runs it): its process's peak
 * RSS once ready, beside the same server's with the Markdown source (no sync) as the baseline:
 * its page renderer, API and search threads are there whatever the source.
 */
async function serverPeakRss() {
  if (!existsSync(join(ROOT, 'dist-server'))) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' })
  const { startServer } = await import('../server/test/startServer.ts')
  const peakOf = async (env, timeoutMs) => {
    const server = await startServer({ env, timeoutMs })
    try {
      const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8')
      const articles = (await (await fetch(`${server.url}/api/articles`)).json()).total
      return { articles, peakMb: Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024) }
    } finally {
      await server.stop()
    }
  }
  const baseline = await peakOf({ DATABASE_FILE: join(dir, 'markdown.db') })
  const site = await peakOf({
    CONTENT_SOURCE: 'site', SITE_URL: `http://127.0.0.1:${port}/`, SITE_RATE: String(RATE), SITE_CONCURRENCY: String(CONCURRENCY),
    DATABASE_FILE: join(dir, 'server.db'), SITE_PICTURE_DIR: join(dir, 'server-pictures'), SITE_CONTACT: 'bench@localhost',
  // Ready (/readyz 200) only once its first sync is done: the wall time is the rate's, plus start-up.
  }, Math.round((PAGES * 1.5 * 1000) / RATE) + 120_000)
  row('server (npm start): articles after its first sync', site.articles, `of ${PAGES}`)
  row('server (npm start): peak RSS with the sync (MB)', site.peakMb, 'renderer, API, search threads and the sync in one process')
  row('server (npm start): peak RSS, Markdown source (MB)', baseline.peakMb, `the same server without a sync (${baseline.articles} articles)`)
  row('server: what its first sync added (MB)', site.peakMb - baseline.peakMb)
}
