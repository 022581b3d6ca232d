import type { ConversionNote, ConversionRule } from '../../core/contentFindings'

/** Quotes at most this many characters of a passage, as ConversionNote promises. */
const EXCERPT_LENGTH = 120

/** A note's excerpt: the passage's text on one line, cut at a word near 120 characters. */
export function excerptOf(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim()
  if (clean.length <= EXCERPT_LENGTH) return clean
  const cut = clean.slice(0, EXCERPT_LENGTH - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`
}

/** Where conversion writes what it dropped or repaired; a no-op when the caller did not ask. */
export type Notebook = (rule: ConversionRule, passage: string) => void

export const notebookFor = (notes: ConversionNote[] | undefined): Notebook =>
  notes ? (rule, passage) => notes.push({ rule, excerpt: excerptOf(passage) }) : () => undefined
