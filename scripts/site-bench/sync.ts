/**
 * The sync under measure: `SITE_URL=… DATABASE_FILE=… node --import tsx scripts/site-bench/sync.ts`.
 * Runs a first sync and a second one (nothing changed), and prints one JSON line with, for each,
 * wall time, CPU time, requests (and 304s) and the report; the process's CPU time per second
 * idle; and its peak RSS.
 */
import { Agent, request } from 'node:http'
import { readSiteConfig } from '../../server/config'
import { openDatabase } from '../../server/db/schema'
import { siteSource } from '../../server/site/siteService'

const config = readSiteConfig(process.env)
const db = openDatabase(process.env.DATABASE_FILE!)
const site = siteSource(db, config)

/** CPU seconds (user and system) this process has used since `start`. */
const cpuSecondsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

async function measured() {
  const cpu = process.cpuUsage()
  const requests = site.fetcher.requests.total
  const notModified = site.fetcher.requests.notModified
  const report = await site.sync()
  return {
    wallS: report.ms / 1000,
    cpuS: cpuSecondsSince(cpu),
    requests: site.fetcher.requests.total - requests,
    notModified: site.fetcher.requests.notModified - notModified,
    report: { ...report, problems: report.problems.slice(0, 5) },
  }
}

/**
 * CPU seconds this process spends per second doing nothing (V8's housekeeping: under 5 ms/s here).
 * It was 11 to 22 ms/s while every request left a 15-second timeout timer behind that fired long
 * after the answer (see PoliteFetcher.follow); printed so a timer left running shows again.
 */
async function idleCpuPerSecond(seconds: number): Promise<number> {
  const cpu = process.cpuUsage()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  return cpuSecondsSince(cpu) / seconds
}

/**
 * The floor under any re-sync made of conditional requests: CPU milliseconds one bare node:http
 * conditional request costs this process (answered 304), at the sync's rate and concurrency, with
 * no Lectern code around it. A sleeping process pays for every wake-up, so the slower the rate, the
 * more each request costs.
 */
async function bareConditionalRequestMs(count: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: config.concurrency })
  const get = (path: string, etag?: string) => new Promise<string>((resolve, reject) => {
    request(new URL(path, config.url), { agent, headers: etag ? { 'if-none-match': etag } : {} }, (response) => {
      response.resume().once('end', () => resolve(String(response.headers.etag ?? '')))
    }).once('error', reject).end()
  })
  const paths = [...site.store.rowsByUrl().values()].filter((row) => row.status === 'good').slice(0, count).map((row) => row.url)
  const etags = await Promise.all(paths.map((path) => get(path)))
  const cpu = process.cpuUsage()
  const started = performance.now()
  let next = 0
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const wait = started + (i * 1000) / config.rate - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      await get(paths[i]!, etags[i])
    }
  }
  await Promise.all(Array.from({ length: config.concurrency }, worker))
  agent.destroy()
  return (cpuSecondsSince(cpu) * 1000) / paths.length
}

const first = await measured()
const second = await measured()
const idleCpuS = await idleCpuPerSecond(5)
// As many as the rate sends in 25 s (100 at 4/s), and at least 100.
const bareMs = await bareConditionalRequestMs(Math.max(100, Math.min(1000, Math.round(config.rate * 25))))
db.close()
console.log(JSON.stringify({ first, second, idleCpuS, bareMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
