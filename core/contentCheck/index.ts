import type { ArticleDocument } from '../document'
import type { ConversionNote, FindingSeverity } from '../contentFindings'
import type { ContentRule, Glossary } from './rule'
import { scanDocument } from './scan'
import { abbreviationRules } from './rules/abbreviations'
import { conversionRules } from './rules/conversion'
import { headingRules } from './rules/headings'
import { languageRules } from './rules/language'
import { linkRules } from './rules/links'
import { listRules } from './rules/lists'
import { pictureRules } from './rules/pictures'
import { tableRules } from './rules/tables'
import { textRules } from './rules/text'

export type { ContentRule, Glossary } from './rule'

/** Every content rule, in the order the report lists them. */
export const CONTENT_RULES: readonly ContentRule[] = [
  ...pictureRules, ...headingRules, ...linkRules, ...textRules, ...tableRules, ...listRules, ...languageRules, ...abbreviationRules, ...conversionRules,
]

export const RULES_BY_ID: ReadonlyMap<string, ContentRule> = new Map(CONTENT_RULES.map((rule) => [rule.id, rule]))

/**
 * Bumped whenever a rule is added or changes what it finds: stored findings checked with
 * another version are stale and checked again (refreshFindings).
 */
export const RULES_VERSION = 1

/** One thing an editor should fix in one article: the rule, how bad, and the passage quoted. */
export interface ContentFinding {
  rule: string
  severity: FindingSeverity
  excerpt: string
}

export interface CheckOptions {
  /** The article's language ("vi" unless it says otherwise). */
  language?: string
  notes?: readonly ConversionNote[]
  glossary?: Glossary
}

/** Checks one document against every rule: a pure function of the document and what conversion noted. */
export function checkDocument(doc: ArticleDocument, { language = 'vi', notes = [], glossary = new Map() }: CheckOptions = {}): ContentFinding[] {
  const context = { scan: scanDocument(doc), language, notes, glossary }
  return CONTENT_RULES.flatMap((rule) => rule.check(context).map((excerpt) => ({ rule: rule.id, severity: rule.severity, excerpt })))
}

/** The rule's message for editors in their language. */
export const ruleMessage = (rule: string, locale: 'vi' | 'en' = 'vi'): string => RULES_BY_ID.get(rule)?.message[locale] ?? rule
