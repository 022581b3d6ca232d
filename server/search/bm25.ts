import type { ScoreIndex } from './scoreIndex'

/** FTS5's bm25 constants. */
const K1 = 1.2
const B = 0.75

/** Query terms the score index answers exactly as FTS5 does: FTS5's tokenizer leaves these as they are. */
const PLAIN_TERM = /^[a-z0-9]+$/

/** The articles matching every term, by ordinal, and their scores. */
export interface Matches {
  ords: Int32Array
  scores: Float64Array
}

/**
 * FTS5's bm25() with the search's column weights (BM25_SQL in scoreIndex.ts) for every article matching `"term"*` for each term,
 * computed as fts5_aux.c computes it, operation for operation, so that the doubles are the same:
 * per term the weighted count f of words starting with it and idf = ln((N − hits + 0.5) /
 * (hits + 0.5)) (at least 1e-6); per article −Σ idf · f · (k1 + 1) / (f + k1 · (1 − b + b · D /
 * avgdl)). `ln` is SQLite's (the same libm log FTS5 calls). Undefined for a term FTS5 would
 * tokenize otherwise (letters outside ASCII): the caller asks FTS5.
 */
export function scoreMatches(index: ScoreIndex, terms: string[], ln: (x: number) => number): Matches | undefined {
  if (!terms.length || !terms.every((term) => PLAIN_TERM.test(term))) return undefined
  const count = index.rowids.length
  const freqs: Float64Array[] = []
  const idfs: number[] = []
  for (const term of terms) {
    const freq = new Float64Array(count)
    let hits = 0
    for (let w = firstAtLeast(index.words, term); w < index.words.length && index.words[w]!.startsWith(term); w++) {
      for (let p = index.starts[w]!; p < index.starts[w + 1]!; p++) {
        const ord = index.ords[p]!
        if (freq[ord] === 0) hits++
        freq[ord]! += index.weights[p]!
      }
    }
    let idf = ln((count - hits + 0.5) / (hits + 0.5))
    if (idf <= 0.0) idf = 1e-6
    freqs.push(freq)
    idfs.push(idf)
  }
  const avgdl = index.total / count
  const ords = new Int32Array(count)
  const scores = new Float64Array(count)
  let matched = 0
  articles: for (let ord = 0; ord < count; ord++) {
    for (const freq of freqs) if (freq[ord] === 0) continue articles
    const length = index.lengths[ord]!
    let score = 0.0
    for (let i = 0; i < freqs.length; i++) {
      const f = freqs[i]![ord]!
      score += idfs[i]! * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / avgdl)))
    }
    ords[matched] = ord
    scores[matched++] = -1.0 * score
  }
  return { ords: ords.subarray(0, matched), scores: scores.subarray(0, matched) }
}

/**
 * Rowids of one page of the matches in search order: best (lowest) score first, then newest
 * first. Only the matches up to the page's end, and those sharing the score of the last of them,
 * are dated and sorted. Undefined when two of them share both score and date: their order is
 * SQLite's to choose, and the caller asks it.
 */
export function pageOfMatches(index: ScoreIndex, matches: Matches, offset: number, limit: number,
  publishedOf: (rowid: number) => string): number[] | undefined {
  const { ords, scores } = matches
  if (offset >= ords.length) return []
  // The page's end and one more: a tie across the page's end decides what is on it.
  const needed = Math.min(offset + limit + 1, ords.length)
  const threshold = nthLowest(scores, needed)
  const best: { rowid: number; score: number; published: string }[] = []
  for (let i = 0; i < ords.length; i++) {
    if (scores[i]! > threshold) continue
    const rowid = index.rowids[ords[i]!]!
    best.push({ rowid, score: scores[i]!, published: publishedOf(rowid) })
  }
  best.sort((a, b) => a.score - b.score || (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
  for (let i = 1; i < needed; i++) {
    if (best[i]!.score === best[i - 1]!.score && best[i]!.published === best[i - 1]!.published) return undefined
  }
  return best.slice(offset, offset + limit).map((hit) => hit.rowid)
}

/** The n-th lowest of `values` (n from 1): kept in a short sorted list for a page near the top, all sorted for a deep one. */
function nthLowest(values: Float64Array, n: number): number {
  if (n > 64) return values.slice().sort()[n - 1]!
  const lowest = new Float64Array(n).fill(Infinity)
  for (const value of values) {
    if (value >= lowest[n - 1]!) continue
    let at = n - 1
    for (; at > 0 && lowest[at - 1]! > value; at--) lowest[at] = lowest[at - 1]!
    lowest[at] = value
  }
  return lowest[n - 1]!
}

/** The first index of a sorted list whose word is not below `word`. */
function firstAtLeast(words: string[], word: string): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (words[middle]! < word) low = middle + 1
    else high = middle
  }
  return low
}
