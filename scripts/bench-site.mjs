#!/usr/bin/env node
// `npm run bench -- --site` (or `node scripts/bench-site.mjs`): syncing a generated portal served
// locally (scripts/site-bench/origin.ts, in its own process so its work is not counted), with
// the sync in another (scripts/site-bench/sync.ts): a first sync, then a second with nothing
// changed. Prints wall time, requests, CPU time and peak RSS next to the goals of issue 22.
//
//   node scripts/bench-site.mjs [--pages 10000] [--rate 4] [--concurrency 2]
//
// At the default politeness (4 requests/s) 10,000 pages take about 42 minutes whatever Lectern
// does: the wall time is the rate's. `--rate` measures the same work faster (CPU time and memory
// do not depend on it); the wall time at 4/s is then printed as requests ÷ 4 beside the measured one.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
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
  const { first, second, idleCpuS, peakRssMb } = JSON.parse(out.trim().split('\n').at(-1))
  const row = (label, value, goal = '') => console.log(`  ${label.padEnd(44)} ${String(value).padStart(14)}  ${goal}`)
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
  // The same process idle costs CPU too (tsx's loader thread, V8): over a sync's wall time that is
  // not the sync's work, so the share without it is printed beside, never instead.
  const idleMs = idleCpuS * 1000
  const net = (sync) => Math.max(0, sync.cpuS - idleCpuS * sync.wallS)
  const netShare = (100 * net(second)) / net(first)
  row('process CPU while idle (ms per s)', idleMs.toFixed(1), 'the same process doing nothing: tsx loader thread, V8 housekeeping')
  const netGoal = `goal < 10 %: ${netShare < 10 ? 'met' : 'MISSED'}`
  row('second sync: CPU time without it (s)', net(second).toFixed(2), `${netShare.toFixed(1)} % of the first's without it (${netGoal})`)
  const onlyConditional = second.requests - second.notModified
  row('second sync: requests not answered 304', onlyConditional,
    onlyConditional <= 1 ? 'only conditional requests (the home page has no validator of its own)' : '')
} finally {
  origin.kill()
  rmSync(dir, { recursive: true, force: true })
}
