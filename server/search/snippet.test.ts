import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SnippetPart } from '../../core/types'
import { fold, foldedTerms } from '../../core/fold'
import { generateCorpus } from '../../scripts/corpus/generateCorpus'
import { importContent } from '../db/importContent'
import { openDatabase } from '../db/schema'
import { CONTENT_DIR } from '../test/testApp'
import { snippet, snippetQuery } from './snippet'

/**
 * The snippet code as it was before issue 13 (work proportional to the text's length times its
 * matches), kept as the reference the faster one must equal exactly.
 */
function referenceSnippet(text: string, query: string, radius = 120): SnippetPart[] {
  const terms = foldedTerms(query)
  const chars = [...text]
  const foldedString = fold(text)
  const ranges: [number, number][] = []
  if (terms.length) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gu')
    for (const m of foldedString.matchAll(pattern)) {
      const start = [...foldedString.slice(0, m.index)].length
      ranges.push([start, start + [...m[0]].length])
    }
  }
  const first = ranges[0]?.[0] ?? 0
  let from = Math.max(0, first - radius)
  let to = Math.min(chars.length, first + radius)
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

const FIXED_QUERIES = ['bac kan', 'Bắc Kạn', 'tinh', 'ba be', 'ba bac', 'bac ba', 'lũ quét sạt lở', 'thuyền độc mộc', 'b', 'đ', '2023',
  'province', 'zzzz', '!!!', 'a+b (c)', 'ĐẠI HỘI', 'festival lake', 'x'.repeat(200)]

/** The fixed queries, and words taken from the text itself: its first, one in the middle and its last. */
function queriesFor(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  const pick = (i: number) => words[Math.max(0, Math.min(words.length - 1, i))] ?? ''
  const middle = Math.floor(words.length / 2)
  return [...FIXED_QUERIES, pick(0), pick(middle), pick(words.length - 1), `${pick(middle)} ${pick(middle + 1)}`, pick(middle).slice(0, 2)]
}

function expectSame(text: string): number {
  let compared = 0
  for (const query of queriesFor(text)) {
    expect(snippet(text, snippetQuery(query), 120, fold(text)), query).toEqual(referenceSnippet(text, query))
    compared++
  }
  return compared
}

describe('snippet equals the reference marking exactly', () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'lectern-corpus-'))
  let sample: string[] = []
  beforeAll(() => {
    generateCorpus({ outDir: corpusDir, count: 60, seed: 7 })
    const dir = join(corpusDir, 'articles')
    sample = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8').split('\n---\n')[1]!)
  })
  afterAll(() => rmSync(corpusDir, { recursive: true, force: true }))

  it('on the lead and text of every article in content/', () => {
    const db = openDatabase(':memory:')
    importContent(db, CONTENT_DIR)
    const rows = db.prepare('SELECT lead, plain_text FROM articles').all() as { lead: string; plain_text: string }[]
    expect(rows.length).toBeGreaterThan(10)
    let compared = 0
    for (const row of rows) compared += expectSame(`${row.lead}\n${row.plain_text}`)
    expect(compared).toBe(rows.length * (FIXED_QUERIES.length + 5))
  }, 60_000)

  it('on a sample of generated articles (long ones too)', () => {
    expect(sample).toHaveLength(60)
    for (const text of sample) expectSame(text)
  }, 60_000)

  it('on text with characters outside the BMP, where code points and UTF-16 units differ', () => {
    for (const text of ['🌧️ Cảnh báo 𝐁ắc Kạn: mưa lũ 🌊 ở Bắc Kạn và Ba Bể', `${'😀 '.repeat(100)}bac kan ${'𐐀𐐨 '.repeat(100)}bac`, '𐐀bc bac 𐐀']) {
      expectSame(text)
    }
  })

  it('marks a match that comes late in a long text, and only the matches inside the excerpt', () => {
    const text = `${'lorem '.repeat(2000)}Bắc Kạn ${'ipsum '.repeat(10)}bắc ${'dolor '.repeat(100)}bac`
    const parts = snippet(text, snippetQuery('bac'))
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Bắc', 'bắc'])
    expect(parts[0]).toEqual({ text: '… ', match: false })
    expect(parts.at(-1)).toEqual({ text: ' …', match: false })
  })
})
