import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldedTerms } from '../../core/fold'
import { generateCorpus } from '../../scripts/corpus/generateCorpus'
import { importContent } from '../db/importContent'
import { openDatabase, type Db } from '../db/schema'
import { LecternSource } from '../sources/lectern'
import { CONTENT_DIR } from '../test/testApp'
import { pageOfMatches, scoreMatches } from './bm25'
import { BM25_SQL, ScoreIndexReader } from './scoreIndex'

const QUERIES = ['bac kan', 'tinh', 'ba b', 'b', 'tin', 'nông thôn mới', 'lũ quét sạt lở', 'festival', 'Pác Nặm', 'bac bac', 'ba bac', '2023', 'the',
  'quyết định', 'đ', 'zzzz', 'province flood']

/** What FTS5 answers: every match's bm25 score, by rowid. */
function ftsScores(db: Db, terms: string[]): Map<number, number> {
  const match = terms.map((t) => `"${t}"*`).join(' AND ')
  const rows = db.prepare(`SELECT rowid, ${BM25_SQL} FROM articles_fts WHERE articles_fts MATCH ?`).raw().all(match) as [number, number][]
  return new Map(rows)
}

describe('scores from the score index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bm25-'))
  let db: Db
  beforeAll(() => {
    generateCorpus({ outDir: dir, count: 200, seed: 11 })
    db = openDatabase(':memory:')
    expect(importContent(db, dir).searchScores).toBe(true)
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('are the very doubles FTS5 bm25() gives, for every match of common, rare, multi-word and prefix queries', () => {
    const index = new ScoreIndexReader(db).current()!
    const ln = (x: number) => db.prepare('SELECT ln(?)').pluck().get(x) as number
    for (const q of QUERIES) {
      const terms = foldedTerms(q)
      const matches = scoreMatches(index, terms, ln)!
      const mine = new Map([...matches.ords].map((ord, i) => [index.rowids[ord]!, matches.scores[i]!]))
      expect(mine, q).toEqual(ftsScores(db, terms))
    }
  })

  it('give searches the very answers FTS5 ranking gave: the same hits, order, totals and marked snippets, page by page', async () => {
    const ranksWithFts = openDatabase(':memory:')
    importContent(ranksWithFts, dir)
    ranksWithFts.exec('DELETE FROM search_scores')
    const before = new LecternSource(ranksWithFts)
    const now = new LecternSource(db)
    for (const q of [...QUERIES, 'Bắc Kạn', 'ĐẠI HỘI', 'café', '!!!']) {
      for (const [page, pageSize] of [[1, 10], [2, 10], [1, 50], [7, 10], [3, 50]] as const) {
        expect(await now.search({ q, page, pageSize }), `${q}, page ${page} of ${pageSize}`).toEqual(await before.search({ q, page, pageSize }))
      }
    }
  }, 60_000)

  it('leaves to FTS5 the terms its tokenizer would change (letters outside ASCII), and queries without terms', () => {
    const index = new ScoreIndexReader(db).current()!
    expect(scoreMatches(index, ['café'], Math.log)).toBeUndefined()
    expect(scoreMatches(index, [], Math.log)).toBeUndefined()
  })

  it('gives an empty page past the last match', () => {
    const index = new ScoreIndexReader(db).current()!
    const matches = scoreMatches(index, ['festival'], Math.log)!
    expect(pageOfMatches(index, matches, matches.ords.length, 10, () => '')).toEqual([])
  })
})

describe('the score index through an import', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  const copyOfContent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-scores-'))
    dirs.push(dir)
    cpSync(CONTENT_DIR, dir, { recursive: true })
    return dir
  }
  const twin = (dir: string, n: number, published: string) => writeFileSync(join(dir, 'articles', `twin-${n}.md`), `---
title: "Thuyền độc mộc trên hồ"
slug: twin-${n}
lead: "Thuyền độc mộc chở khách trên hồ."
category: kinh-te
published: ${published}
author: "Lectern"
language: vi
---

Người lái thuyền độc mộc đưa khách qua hồ.
`)
  const slugsBySql = (db: Db, q: string, limit: number, offset: number) => db.prepare(`SELECT a.slug FROM articles_fts f JOIN articles a ON a.id = f.rowid
    WHERE articles_fts MATCH ? ORDER BY ${BM25_SQL}, a.published_utc DESC LIMIT ? OFFSET ?`).pluck()
    .all(foldedTerms(q).map((t) => `"${t}"*`).join(' AND '), limit, offset) as string[]

  it('is rebuilt by an import that changes articles, and a source already open ranks with the new one', async () => {
    const dir = copyOfContent()
    const db = openDatabase(':memory:')
    importContent(db, dir)
    const source = new LecternSource(db)
    const id = () => db.prepare("SELECT data FROM search_scores WHERE part = 'id'").pluck().get()
    const first = id()
    expect(first).toBeTruthy()
    expect((await source.search({ q: 'thuyền độc mộc', page: 1, pageSize: 50 })).items.some((hit) => hit.slug.startsWith('twin-'))).toBe(false)
    importContent(db, dir)
    expect(id()).toBe(first)
    twin(dir, 1, '2024-03-11T09:30:00+07:00')
    importContent(db, dir)
    expect(id()).not.toBe(first)
    const slugs = (await source.search({ q: 'thuyền độc mộc', page: 1, pageSize: 50 })).items.map((hit) => hit.slug)
    expect(slugs).toContain('twin-1')
    expect(slugs).toEqual(slugsBySql(db, 'thuyền độc mộc', 50, 0))
  }, 60_000)

  it('leaves the order of matches sharing score and date to SQLite, as before', async () => {
    const dir = copyOfContent()
    for (let n = 1; n <= 6; n++) twin(dir, n, '2024-03-11T09:30:00+07:00')
    const db = openDatabase(':memory:')
    importContent(db, dir)
    const source = new LecternSource(db)
    const index = new ScoreIndexReader(db).current()!
    const published = db.prepare('SELECT published_utc FROM articles WHERE id = ?').pluck()
    const matches = scoreMatches(index, foldedTerms('thuyền độc mộc'), Math.log)!
    expect(pageOfMatches(index, matches, 0, 3, (rowid) => published.get(rowid) as string)).toBeUndefined()
    for (const [page, pageSize] of [[1, 3], [2, 3], [1, 10]] as const) {
      const slugs = (await source.search({ q: 'thuyền độc mộc', page, pageSize })).items.map((hit) => hit.slug)
      expect(slugs, `page ${page} of ${pageSize}`).toEqual(slugsBySql(db, 'thuyền độc mộc', pageSize, (page - 1) * pageSize))
    }
  }, 60_000)
})
