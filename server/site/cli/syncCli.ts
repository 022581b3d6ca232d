/**
 * `npm run site:sync -- --once`: one sync of SITE_URL into DATABASE_FILE, with a progress bar on
 * a terminal (plain lines otherwise), a summary, and an exit code: 0 done, 2 done with pages that
 * could not be read (listed), 1 could not run.
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { readSiteConfig } from '../../config'
import { openDatabase } from '../../db/schema'
import { describeReport, siteSource } from '../siteService'

const USAGE = 'Usage: SITE_URL=https://portal.example/ npm run site:sync -- --once'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (!args.includes('--once') || args.some((a) => a !== '--once')) {
    console.error(`${USAGE}\n(The server itself syncs every SITE_SYNC_MINUTES; this runs one sync and exits.)`)
    return 1
  }
  const config = readSiteConfig(process.env)
  const file = process.env.DATABASE_FILE ?? resolve(import.meta.dirname, '../../../data/lectern.db')
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  try {
    const site = siteSource(db, config)
    console.log(`Syncing ${config.url} into ${file} as ${site.userAgent}`)
    const tty = process.stdout.isTTY
    let lastLine = 0
    const report = await site.sync((done, total) => {
      if (tty) {
        const width = 30
        const filled = total ? Math.round((done / total) * width) : 0
        process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pages`)
      } else if (done === total || performance.now() - lastLine > 5000) {
        lastLine = performance.now()
        console.log(`${done}/${total} pages`)
      }
    })
    if (tty) process.stdout.write('\n')
    for (const problem of report.problems) console.log(`  ! ${problem}`)
    console.log(`Summary: ${describeReport(report)}`)
    return report.failed > 0 ? 2 : 0
  } finally {
    db.close()
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(`site:sync could not run: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
