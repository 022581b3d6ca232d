/** The audit's command line, as plain data and functions (unit-tested; cli.ts does the work). */
import { parseArgs } from 'node:util'
import type { Impact, RuleFilter } from './rules'

export const USAGE = `Usage: npm run audit -- <base-url> [options]
       npm run audit -- --urls FILE [options]
  --urls FILE          audit the URLs listed in FILE (one a line, # comments) instead of crawling
  --max-pages N        crawl at most N pages (20)
  --include RE         only URLs matching this regular expression (repeatable)
  --exclude RE         skip URLs matching this regular expression (repeatable)
  --rules a,b          run only these rules (axe ids or the audit's own, see README)
  --skip-rules a,b     do not run these rules
  --fail-on LEVEL      fail on failures of this impact or worse: critical|serious|moderate|minor (minor)
  --baseline FILE      a previous report.json: only findings not in it fail the run
  --concurrency N      pages checked at once (2)
  --tab-stops N        Tab stops walked per page and width (30)
  --focus-pictures N   of those, how many are pictured for focus visibility (12)
  --timeout MS         per page (20000)
  --timings            print where the time went, phase by phase (always in report.json)
  --out DIR            where report.json, report.html and junit.xml go (audit-report)
Exit codes: 0 passed; 1 failures (new ones, with --baseline) or pages that could not be checked;
2 bad usage; 3 the audit itself broke (e.g. the browser would not start).`

export const IMPACTS: Impact[] = ['minor', 'moderate', 'serious', 'critical']

export interface AuditOptions {
  base?: URL
  urlsFile?: string
  maxPages: number
  include: RegExp[]
  exclude: RegExp[]
  rules: string[]
  skipRules: string[]
  failOn: Impact
  baseline?: string
  concurrency: number
  tabStops: number
  focusPictures: number
  timeoutMs: number
  timings: boolean
  out: string
}

export class UsageError extends Error {}

const positiveInt = (name: string, text: string, min = 1): number => {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of ${min} or more (got "${text}")`)
  return n
}
const list = (text: string | undefined): string[] => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)
const regexps = (name: string, patterns: string[] | undefined): RegExp[] =>
  (patterns ?? []).map((p) => {
    try {
      return new RegExp(p)
    } catch {
      throw new UsageError(`--${name} "${p}" is not a regular expression`)
    }
  })

export function parseOptions(argv: string[]): AuditOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        urls: { type: 'string' }, 'max-pages': { type: 'string', default: '20' },
        include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true },
        rules: { type: 'string' }, 'skip-rules': { type: 'string' }, 'fail-on': { type: 'string', default: 'minor' }, baseline: { type: 'string' },
        concurrency: { type: 'string', default: '2' }, 'tab-stops': { type: 'string', default: '30' }, 'focus-pictures': { type: 'string', default: '12' },
        timeout: { type: 'string', default: '20000' }, timings: { type: 'boolean', default: false }, out: { type: 'string', default: 'audit-report' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (positionals.length > 1 || (positionals.length === 0 && !values.urls)) throw new UsageError('give one base URL, or --urls FILE')
  let base: URL | undefined
  if (positionals[0] !== undefined) {
    try {
      base = new URL(positionals[0])
    } catch {
      throw new UsageError(`"${positionals[0]}" is not an http(s) URL`)
    }
    if (!/^https?:$/.test(base.protocol)) throw new UsageError(`"${positionals[0]}" is not an http(s) URL`)
  }
  const failOn = values['fail-on'] as Impact
  if (!IMPACTS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${IMPACTS.join(', ')} (got "${values['fail-on']}")`)
  return {
    base, urlsFile: values.urls, maxPages: positiveInt('max-pages', values['max-pages']!),
    include: regexps('include', values.include), exclude: regexps('exclude', values.exclude),
    rules: list(values.rules), skipRules: list(values['skip-rules']), failOn, baseline: values.baseline,
    concurrency: positiveInt('concurrency', values.concurrency!), tabStops: positiveInt('tab-stops', values['tab-stops']!),
    focusPictures: positiveInt('focus-pictures', values['focus-pictures']!, 0), timeoutMs: positiveInt('timeout', values.timeout!),
    timings: values.timings!, out: values.out!,
  }
}

export const ruleFilter = (only: string[], skip: string[]): RuleFilter => (rule) => (only.length === 0 || only.includes(rule)) && !skip.includes(rule)

export const urlWanted = (url: string, include: RegExp[], exclude: RegExp[]): boolean =>
  (include.length === 0 || include.some((re) => re.test(url))) && !exclude.some((re) => re.test(url))

/** A URL list: one a line, blank lines and # comments ignored, relative lines resolved against the base. */
export function readUrlList(text: string, base?: URL): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean).map((line) => {
    try {
      return new URL(line, base).href
    } catch {
      throw new UsageError(`"${line}" in the URL list is not a URL${base ? '' : ' (give a base URL to resolve relative ones)'}`)
    }
  })
}

/** Finding impact at or above the --fail-on level. */
export const atLeast = (impact: string, failOn: Impact): boolean => IMPACTS.indexOf(impact as Impact) >= IMPACTS.indexOf(failOn)
