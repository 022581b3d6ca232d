import { fold, foldedTerms } from '../../core/fold'
import type { SnippetPart } from '../../core/types'

/** A query compiled once per search and used for every hit's snippet. */
export interface SnippetQuery {
  /** Matches a term at the start of a word, in folded text; undefined when the query has no terms. */
  pattern: RegExp | undefined
}

/**
 * Terms match at the start of a word (as the FTS prefix query does), diacritic- and đ-insensitive.
 * Alternatives are tried in the reader's order, so "ba bac" marks "ba" in "bac" (as it always has).
 */
export function snippetQuery(query: string): SnippetQuery {
  const terms = foldedTerms(query)
  return { pattern: terms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})`, 'gu') : undefined }
}

/** Text indexed by code point: strings when every character is one UTF-16 unit, arrays otherwise. */
interface CodePoints {
  length: number
  at(index: number): string
  slice(from: number, to: number): string
  /** The code point index of a UTF-16 index of the folded text, asked in increasing order. */
  fromFoldedIndex(utf16Index: number): number
  /** Code points in a match. */
  count(match: string): number
}

const SURROGATE = /[\uD800-\uDFFF]/

function codePoints(text: string, folded: string): CodePoints {
  if (!SURROGATE.test(text) && !SURROGATE.test(folded)) {
    return { length: text.length, at: (i) => text[i]!, slice: (a, b) => text.slice(a, b), fromFoldedIndex: (i) => i, count: (m) => m.length }
  }
  // Rare (emoji, historic scripts): count code points as the matches go, once over the text.
  const chars = [...text]
  let unit = 0
  let point = 0
  return {
    length: chars.length,
    at: (i) => chars[i]!,
    slice: (a, b) => chars.slice(a, b).join(''),
    fromFoldedIndex: (index) => {
      for (; unit < index; point++) unit += folded.codePointAt(unit)! > 0xffff ? 2 : 1
      return point
    },
    count: (m) => [...m].length,
  }
}

/**
 * A short excerpt of `text` around the first match of any query term, with every match marked.
 * Positions are found in the folded text (`folded`, stored at import; folding keeps code points
 * aligned) and cut from the original. Only the text up to the end of the excerpt is searched, so
 * the cost is the position of the first match plus the excerpt, whatever the article's length.
 */
export function snippet(text: string, query: SnippetQuery, radius = 120, folded = fold(text)): SnippetPart[] {
  const chars = codePoints(text, folded)
  const ranges: [number, number][] = []
  let from = 0
  let to = Math.min(chars.length, radius)
  if (query.pattern) {
    for (const m of folded.matchAll(query.pattern)) {
      const start = chars.fromFoldedIndex(m.index)
      if (!ranges.length) [from, to] = window(chars, start, radius)
      else if (start >= to) break
      ranges.push([start, start + chars.count(m[0])])
    }
  }
  if (!ranges.length) [from, to] = window(chars, 0, radius)

  const parts: SnippetPart[] = []
  const push = (a: number, b: number, match: boolean): void => {
    if (b > a) parts.push({ text: chars.slice(a, b), match })
  }
  let cursor = from
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue
    push(cursor, Math.max(a, cursor), false)
    push(Math.max(a, cursor), Math.min(b, to), true)
    cursor = Math.min(b, to)
  }
  push(cursor, to, false)
  if (from > 0) parts.unshift({ text: '… ', match: false })
  if (to < chars.length) parts.push({ text: ' …', match: false })
  return parts
}

/** `radius` code points either side of `first`, widened to whole words so none is sliced in half. */
function window(chars: CodePoints, first: number, radius: number): [number, number] {
  let from = Math.max(0, first - radius)
  let to = Math.min(chars.length, first + radius)
  while (from > 0 && /\S/u.test(chars.at(from - 1))) from--
  while (to < chars.length && /\S/u.test(chars.at(to))) to++
  return [from, to]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
