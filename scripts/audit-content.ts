/**
 * `npm run audit:content -- [--json|--csv|--junit] [--fail-on error|warning|none] [--lang vi|en] [--rule id] [--severity error|warning]`
 * Checks the content of any source with the content rules (core/contentCheck/) and prints the
 * findings; exits 1 when a finding is at or past the threshold (errors by default), 2 on bad usage.
 * Sources (as the server reads them from the environment):
 *   CONTENT_SOURCE=lectern (default): content/ (CONTENT_DIR) imported into memory, or the
 *     database DATABASE_FILE when it is set;
 *   CONTENT_SOURCE=site (or any other embedded source): the synced database DATABASE_FILE;
 *   CONTENT_SOURCE=wordpress: every post read through the WordPress source (CONTENT_API_URL).
 * Stored findings that are missing or stale are checked first (refreshFindings).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { readConfig } from '../server/config'
import { checkSource, isRule, isSeverity, readFindings, type ArticleFindings, type FindingsFilter, type Locale } from '../server/contentCheck/findings'
import { fails, findingsCsv, findingsJson, findingsJunit, findingsText, type FailOn } from '../server/contentCheck/formats'
import { refreshFindings } from '../server/contentCheck/store'
import { importContent } from '../server/db/importContent'
import { openDatabase } from '../server/db/schema'
import { WordPressSource } from '../server/sources/wordpress'

const USAGE = 'usage: npm run audit:content -- [--json|--csv|--junit] [--fail-on error|warning|none] [--lang vi|en] [--rule <id>] [--severity error|warning]'

interface Options { format: 'text' | 'json' | 'csv' | 'junit'; failOn: FailOn; locale: Locale; filter: FindingsFilter }

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { format: 'text', failOn: 'error', locale: 'vi', filter: {} }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const value = (): string => {
      const next = args[++i]
      if (next === undefined) throw new Error(`${arg} needs a value`)
      return next
    }
    if (arg === '--json' || arg === '--csv' || arg === '--junit') options.format = arg.slice(2) as Options['format']
    else if (arg === '--fail-on') {
      const v = value()
      if (v !== 'error' && v !== 'warning' && v !== 'none') throw new Error(`--fail-on must be error, warning or none (got "${v}")`)
      options.failOn = v
    } else if (arg === '--lang') {
      const v = value()
      if (v !== 'vi' && v !== 'en') throw new Error(`--lang must be vi or en (got "${v}")`)
      options.locale = v
    } else if (arg === '--rule') {
      const v = value()
      if (!isRule(v)) throw new Error(`no rule is called "${v}"`)
      options.filter.rule = v
    } else if (arg === '--severity') {
      const v = value()
      if (!isSeverity(v)) throw new Error(`--severity must be error or warning (got "${v}")`)
      options.filter.severity = v
    } else throw new Error(`unknown option "${arg}"`)
  }
  return options
}

async function findings({ locale, filter }: Options, env: NodeJS.ProcessEnv): Promise<ArticleFindings[]> {
  const kind = env.CONTENT_SOURCE?.trim() || 'lectern'
  if (kind === 'wordpress') {
    const config = readConfig(env)
    if (config.source.kind !== 'wordpress') throw new Error('CONTENT_SOURCE=wordpress needs CONTENT_API_URL')
    const all = await checkSource(new WordPressSource({ apiUrl: config.source.apiUrl, timeoutMs: config.source.timeoutMs }), { locale })
    return all
      .map((a) => ({
        ...a, findings: a.findings.filter((f) => (!filter.rule || f.rule === filter.rule) && (!filter.severity || f.severity === filter.severity)),
      }))
      .filter((a) => a.findings.length)
  }
  const file = env.DATABASE_FILE?.trim() || (kind === 'lectern' ? '' : 'data/lectern.db')
  if (file && !existsSync(file)) throw new Error(`the database ${file} does not exist (DATABASE_FILE)`)
  const db = openDatabase(file || ':memory:')
  try {
    if (!file) {
      const report = importContent(db, resolve(env.CONTENT_DIR?.trim() || 'content'))
      for (const error of report.errors) console.error(`audit:content: skipped ${error}`)
    }
    refreshFindings(db)
    return readFindings(db, filter, locale)
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  let options: Options
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`audit:content: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    process.exit(2)
  }
  const articles = await findings(options, process.env)
  const out = options.format === 'json' ? findingsJson(articles)
    : options.format === 'csv' ? findingsCsv(articles)
      : options.format === 'junit' ? findingsJunit(articles, options.failOn) : findingsText(articles)
  process.stdout.write(out)
  const failing = articles.some((a) => a.findings.some((f) => fails(f.severity, options.failOn)))
  process.exitCode = failing ? 1 : 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`audit:content: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  })
}
