import { fold, foldedTerms } from '../../src/content/fold'
import type { SnippetPart } from '../../src/api/types'

/**
 * A short excerpt of `text` around the first match of any query term, with every match marked.
 * Terms match at the start of a word (as the FTS prefix query does), diacritic- and đ-insensitive;
 * positions are found in folded text and cut from the original, which folding keeps aligned.
 */
export function snippet(text: string, query: string, radius = 120): SnippetPart[] {
  const terms = foldedTerms(query)
  const chars = [...text]
  const folded = [...fold(text)]
  const foldedString = folded.join('')
  const ranges: [number, number][] = []
  if (terms.length) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})`, 'gu')
    for (const m of foldedString.matchAll(pattern)) {
      const start = [...foldedString.slice(0, m.index)].length
      ranges.push([start, start + [...m[0]].length])
    }
  }
  const first = ranges[0]?.[0] ?? 0
  let from = Math.max(0, first - radius)
  let to = Math.min(chars.length, first + radius)
  // Cut on word boundaries so no word is sliced in half.
  while (from > 0 && /\S/u.test(chars[from - 1]!)) from--
  while (to < chars.length && /\S/u.test(chars[to]!)) to++

  const parts: SnippetPart[] = []
  const push = (a: number, b: number, match: boolean): void => {
    if (b > a) parts.push({ text: chars.slice(a, b).join(''), match })
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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
