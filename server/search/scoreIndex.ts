import { randomUUID } from 'node:crypto'
import type { Db } from '../db/schema'
import { forEachWord } from './tokens'

/**
 * What FTS5's bm25() reads from its position lists, kept ready: for every word of the index, the
 * articles it is in and its weighted count there (title 10, lead 4, body 1, the weights search
 * ranks with), and every article's length in words. Ranking a common term with bm25() walked the
 * positions of thousands of articles and looked up each one's length (13–35 ms on 10,000
 * articles); from these arrays the same scores, bit for bit, take a fraction of a millisecond
 * (see bm25.ts). Built after each import that changed anything, and checked against the FTS5
 * index before it is stored: if any word or length differs, none is stored and search ranks with
 * FTS5 as before.
 */
export interface ScoreIndex {
  /** Changes with every build: a reader holding an older one loads the new. */
  id: string
  /** The index's words in code-unit order; word i's articles are ords[starts[i]] to ords[starts[i + 1]]. */
  words: string[]
  starts: Int32Array
  /** Articles by ordinal (their place in rowid order), in increasing order within each word. */
  ords: Int32Array
  /** Weighted count of the word in that article. */
  weights: Int32Array
  /** Rowid and length in words (title, lead and body) of each article, by ordinal. */
  rowids: Int32Array
  lengths: Int32Array
  /** Words in all articles. */
  total: number
}

/** The search's column weights (title, lead, body), written once: the score index and FTS5's bm25() both rank with them. */
export const COLUMN_WEIGHTS = [10, 4, 1] as const

/** FTS5's bm25() over the search index with those weights, for SQL. */
export const BM25_SQL = `bm25(articles_fts, ${COLUMN_WEIGHTS.map((weight) => weight.toFixed(1)).join(', ')})`

/** An Int32Array that grows as values are pushed. */
class Int32List {
  values = new Int32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
}

/** Builds the score index from the FTS5 table's folded text and stores it; false if it did not match FTS5. */
export function buildScoreIndex(db: Db): boolean {
  db.prepare('DELETE FROM search_scores').run()
  const wordIds = new Map<string, number>()
  const wordArticles: number[] = []
  const wordCounts: number[] = []
  const postWord = new Int32List()
  const postOrd = new Int32List()
  const postWeight = new Int32List()
  const rowids = new Int32List()
  const lengths = new Int32List()
  // One article's weighted counts by word id, and the ids it touched (cheaper than a Map per article).
  let inArticle = new Int32Array(1 << 14)
  const touched: number[] = []
  const rows = db.prepare('SELECT rowid, title, lead, body FROM articles_fts ORDER BY rowid').raw().iterate() as Iterable<[number, string, string, string]>
  for (const [rowid, ...columns] of rows) {
    let length = 0
    columns.forEach((text, column) => {
      const weight = COLUMN_WEIGHTS[column]!
      forEachWord(text ?? '', (word) => {
        length++
        let id = wordIds.get(word)
        if (id === undefined) {
          id = wordIds.size
          wordIds.set(word, id)
          wordArticles.push(0)
          wordCounts.push(0)
          if (id === inArticle.length) {
            const grown = new Int32Array(inArticle.length * 2)
            grown.set(inArticle)
            inArticle = grown
          }
        }
        wordCounts[id]!++
        if (inArticle[id] === 0) touched.push(id)
        inArticle[id]! += weight
      })
    })
    const ord = rowids.length
    rowids.push(rowid)
    lengths.push(length)
    for (const id of touched) {
      wordArticles[id]!++
      postWord.push(id)
      postOrd.push(ord)
      postWeight.push(inArticle[id]!)
      inArticle[id] = 0
    }
    touched.length = 0
  }
  if (!matchesFts(db, wordIds, wordArticles, wordCounts, rowids, lengths)) return false

  // Postings grouped by word, words in code-unit order (a prefix's words are then one run).
  const words = [...wordIds.keys()].sort()
  const starts = new Int32Array(words.length + 1)
  const slot = new Int32Array(wordIds.size)
  words.forEach((word, i) => {
    const id = wordIds.get(word)!
    slot[id] = i
    starts[i + 1] = starts[i]! + wordArticles[id]!
  })
  const next = starts.slice(0, words.length)
  const ords = new Int32Array(postOrd.length)
  const weights = new Int32Array(postOrd.length)
  for (let p = 0; p < postOrd.length; p++) {
    const at = next[slot[postWord.values[p]!]!]!++
    ords[at] = postOrd.values[p]!
    weights[at] = postWeight.values[p]!
  }
  let total = 0
  for (let i = 0; i < lengths.length; i++) total += lengths.values[i]!
  const insert = db.prepare('INSERT INTO search_scores (part, data) VALUES (?, ?)')
  const bytes = (array: Int32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength)
  db.transaction(() => {
    insert.run('words', words.join('\n'))
    insert.run('starts', bytes(starts))
    insert.run('ords', bytes(ords))
    insert.run('weights', bytes(weights))
    insert.run('rowids', bytes(rowids.values.subarray(0, rowids.length)))
    insert.run('lengths', bytes(lengths.values.subarray(0, lengths.length)))
    insert.run('total', total)
    // Written last: a reader that sees the id sees the rest.
    insert.run('id', randomUUID())
  })()
  return true
}

/** Every word's article and instance counts (fts5vocab) and every article's length (docsize) equal FTS5's. */
function matchesFts(db: Db, wordIds: Map<string, number>, articles: number[], counts: number[], rowids: Int32List, lengths: Int32List): boolean {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_words USING fts5vocab(main, articles_fts, 'row')")
  try {
    const vocabulary = db.prepare('SELECT term, doc, cnt FROM temp.articles_fts_words').raw().all() as [string, number, number][]
    if (vocabulary.length !== wordIds.size) return false
    for (const [term, doc, cnt] of vocabulary) {
      const id = wordIds.get(term)
      if (id === undefined || articles[id] !== doc || counts[id] !== cnt) return false
    }
  } finally {
    db.exec('DROP TABLE temp.articles_fts_words')
  }
  const sizes = db.prepare('SELECT id, sz FROM articles_fts_docsize ORDER BY id').raw().all() as [number, Buffer][]
  if (sizes.length !== rowids.length) return false
  return sizes.every(([id, size], ord) => id === rowids.values[ord] && sumOfVarints(size) === lengths.values[ord])
}

/** The sum of the SQLite varints in a docsize blob (one per column). */
function sumOfVarints(blob: Buffer): number {
  let sum = 0
  let value = 0
  for (const byte of blob) {
    value = value * 128 + (byte & 0x7f)
    if (byte < 0x80) {
      sum += value
      value = 0
    }
  }
  return sum
}

/** Reads the stored score index, with its statements prepared once. */
export class ScoreIndexReader {
  private readonly currentId
  private readonly parts
  private loaded?: ScoreIndex

  constructor(private readonly db: Db) {
    this.currentId = db.prepare("SELECT data FROM search_scores WHERE part = 'id'").pluck()
    this.parts = db.prepare('SELECT part, data FROM search_scores').raw()
  }

  /** The stored index (loaded again only when a new one was built), or undefined when there is none. */
  current(): ScoreIndex | undefined {
    const id = this.currentId.get() as string | undefined
    if (!id) return (this.loaded = undefined)
    if (id !== this.loaded?.id) this.loaded = this.db.transaction(() => this.load())()
    return this.loaded
  }

  private load(): ScoreIndex | undefined {
    const parts = new Map(this.parts.all() as [string, Buffer | string | number][])
    const id = parts.get('id')
    if (typeof id !== 'string') return undefined
    const ints = (part: string): Int32Array => {
      const blob = parts.get(part) as Buffer
      // Copied: the blob's bytes need not be aligned for an Int32Array view.
      return new Int32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength))
    }
    const words = parts.get('words') as string
    return {
      id,
      words: words ? words.split('\n') : [],
      starts: ints('starts'),
      ords: ints('ords'),
      weights: ints('weights'),
      rowids: ints('rowids'),
      lengths: ints('lengths'),
      total: parts.get('total') as number,
    }
  }
}
