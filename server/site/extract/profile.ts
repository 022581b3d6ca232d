import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { parseHTML } from 'linkedom'
import * as v from 'valibot'
import { parse as parseYaml } from 'yaml'
import type { SiteProfile } from '../types'

/**
 * A site profile (SITE_PROFILE): YAML or JSON naming a portal's own selectors. A portal team edits
 * it by hand, so every mistake is answered with the field and what is wrong with it, and a
 * selector that would only fail on the first page (bad CSS, bad regular expression) fails here.
 */

export class SiteProfileError extends Error {
  constructor(readonly source: string, readonly problems: string[]) {
    super(`Site profile ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'SiteProfileError'
  }
}

const probe = parseHTML('<!doctype html><html><body></body></html>').document

function isSelector(value: string): boolean {
  try {
    probe.querySelector(value)
    return true
  } catch {
    return false
  }
}

function isRegExp(value: string): boolean {
  try {
    new RegExp(value)
    return true
  } catch {
    return false
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const selector = v.pipe(
  v.string('must be a CSS selector (text)'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.check(isSelector, (issue) => `is not a valid CSS selector: ${JSON.stringify(issue.input)}`),
)

const profileSchema = v.strictObject({
  body: v.optional(selector),
  title: v.optional(selector),
  date: v.optional(selector),
  updated: v.optional(selector),
  author: v.optional(selector),
  lead: v.optional(selector),
  category: v.optional(selector),
  drop: v.optional(v.array(selector, 'must be a list of CSS selectors')),
  listing: v.optional(v.strictObject({
    pages: v.pipe(v.array(v.pipe(v.string('must be an address'), v.nonEmpty('must not be empty')), 'must be a list of addresses'), v.minLength(1, 'must name at least one listing page')),
    links: selector,
    next: v.optional(selector),
    maxPages: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'))),
  }, 'must be a mapping with pages, links, next and maxPages')),
  articlePattern: v.optional(v.array(v.pipe(
    v.string('must be a regular expression (text)'),
    v.check(isRegExp, (issue) => `is not a valid regular expression: ${JSON.stringify(issue.input)}`),
  ), 'must be a list of regular expressions')),
  timeZone: v.optional(v.pipe(v.string('must be an IANA time zone name'), v.check(isTimeZone, (issue) => `is not a known time zone: ${JSON.stringify(issue.input)} (e.g. Asia/Ho_Chi_Minh)`))),
  language: v.optional(v.picklist(['vi', 'en'], 'must be "vi" or "en"')),
}, 'must be a mapping of fields (body, title, date, updated, author, lead, category, drop, listing, articlePattern, timeZone, language)')

function problemsOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue)
    // An unknown key is reported at the key itself: name it rather than the object.
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never' && path) return `${path}: unknown field`
    return path ? `${path}: ${issue.message}` : issue.message
  })
}

/** Validates an already-parsed profile object; `source` names it in errors. */
export function parseSiteProfile(data: unknown, source = 'profile'): SiteProfile {
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new SiteProfileError(source, ['the file must hold a mapping of fields (body, title, date, …)'])
  const result = v.safeParse(profileSchema, data)
  if (!result.success) throw new SiteProfileError(source, problemsOf(result.issues))
  return result.output
}

/** Reads the profile text: JSON when the file says so (`.json`, or text starting with `{`), YAML otherwise. */
export function parseSiteProfileText(text: string, source = 'profile'): SiteProfile {
  const json = extname(source).toLowerCase() === '.json' || text.trimStart().startsWith('{')
  let data: unknown
  try {
    data = json ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new SiteProfileError(source, [`cannot be read as ${json ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`])
  }
  return parseSiteProfile(data, source)
}

/** Loads and validates the site profile at `path` (YAML or JSON). Throws `SiteProfileError` with every problem found. */
export function loadSiteProfile(path: string): SiteProfile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new SiteProfileError(path, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`])
  }
  return parseSiteProfileText(text, path)
}
