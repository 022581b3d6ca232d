/**
 * The sync under measure: `SITE_URL=… DATABASE_FILE=… node --import tsx scripts/site-bench/sync.ts`.
 * Runs a first sync and a second one (nothing changed), and prints one JSON line with, for each,
 * wall time, CPU time, requests (and 304s) and the report; the process's CPU time per second
 * idle; and its peak RSS.
 */
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
 * CPU seconds this process spends per second doing nothing (tsx's loader thread, V8's housekeeping:
 * 2.5 to 16 ms/s here from run to run, against 0.1 ms/s for a bare node): at 4 requests/s much of a re-sync's
 * measured CPU time is this, not the sync's work.
 */
async function idleCpuPerSecond(seconds: number): Promise<number> {
  const cpu = process.cpuUsage()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  return cpuSecondsSince(cpu) / seconds
}

const first = await measured()
const second = await measured()
const idleCpuS = await idleCpuPerSecond(5)
db.close()
console.log(JSON.stringify({ first, second, idleCpuS, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
