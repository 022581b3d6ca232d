import type { ConversionNote, FindingSeverity } from '../contentFindings'
import type { Scan } from './scan'

/** Abbreviation → its expansion, from the portal's glossary (content/glossary.yml). */
export type Glossary = ReadonlyMap<string, string>

export interface CheckContext {
  scan: Scan
  /** The article's language ("vi", "en"). */
  language: string
  /** What conversion noted while it made the document (repairs, content it had to drop). */
  notes: readonly ConversionNote[]
  glossary: Glossary
}

/**
 * One content rule: what it is called, how bad it is, what an editor reads (in Vietnamese and
 * English: what is wrong and how to fix it), and a pure check that quotes each passage at fault.
 */
export interface ContentRule {
  id: string
  severity: FindingSeverity
  message: { vi: string; en: string }
  check(context: CheckContext): string[]
}

const EXCERPT_LENGTH = 120

/** A passage quoted on one line, cut at a word near 120 characters. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim()
  if (clean.length <= EXCERPT_LENGTH) return clean
  const cut = clean.slice(0, EXCERPT_LENGTH - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`
}
