import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { foldedTerms } from '../../core/fold'
import { generateCorpus } from '../../scripts/corpus/generateCorpus'
import { importContent } from '../db/importContent'
import { openDatabase, type Db } from '../db/schema'
import { CONTENT_DIR } from '../test/testApp'
import { BM25_SQL } from '../search/scoreIndex'
import { LecternSource } from './lectern'

/** The order search has always had: every match dated, best score first, then newest first. */
function expectedSlugs(db: Db, q: string, page: number, pageSize: number): string[] {
  const match = foldedTerms(q).map((t) => `"${t}"*`).join(' AND ')
  return db.prepare(`SELECT a.slug FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?
    ORDER BY ${BM25_SQL}, a.published_utc DESC LIMIT ? OFFSET ?`).pluck().all(match, pageSize, (page - 1) * pageSize) as string[]
}

const PAGES = [[1, 10], [2, 10], [1, 50], [5, 10], [3, 50], [30, 10]] as const

describe('search order: score, then newest first', () => {
  const dirs: string[] = []
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-search-'))
    dirs.push(dir)
    return dir
  }
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('is the same as dating every match, on a generated archive, for every page', async () => {
    const dir = scratch()
    generateCorpus({ outDir: dir, count: 300, seed: 7 })
    const db = openDatabase(':memory:')
    importContent(db, dir)
    const source = new LecternSource(db)
    for (const q of ['bac kan', 'tinh', 'lũ quét', 'quyết định', 'ba b', 'tin', 'nông thôn mới', 'b', 'festival', 'Pác Nặm']) {
      for (const [page, pageSize] of PAGES) {
        const slugs = (await source.search({ q, page, pageSize })).items.map((hit) => hit.slug)
        expect(slugs, `${q}, page ${page} of ${pageSize}`).toEqual(expectedSlugs(db, q, page, pageSize))
      }
    }
  }, 120_000)

  it('puts the newer of articles with equal scores first, across page ends', async () => {
    // Twelve copies of one article (equal scores), published a day apart, among the sample content.
    const dir = scratch()
    cpSync(CONTENT_DIR, dir, { recursive: true })
    for (let n = 1; n <= 12; n++) {
      writeFileSync(join(dir, 'articles', `twin-${n}.md`), `---
title: "Thuyền độc mộc trên hồ"
slug: twin-${n}
lead: "Thuyền độc mộc chở khách trên hồ."
category: kinh-te
published: 2024-03-${String(n + 10).padStart(2, '0')}T09:30:00+07:00
author: "Lectern"
language: vi
---

Người lái thuyền độc mộc đưa khách qua hồ.
`)
    }
    const db = openDatabase(':memory:')
    expect(importContent(db, dir).errors).toEqual([])
    const source = new LecternSource(db)
    const first = (await source.search({ q: 'thuyền độc mộc', page: 1, pageSize: 5 })).items.map((hit) => hit.slug)
    const twins = first.filter((slug) => slug.startsWith('twin-'))
    expect(twins.length).toBeGreaterThan(1)
    expect(twins).toEqual([...twins].sort((a, b) => Number(b.slice(5)) - Number(a.slice(5))))
    for (const [page, pageSize] of [[1, 5], [2, 5], [3, 5], [1, 10], [2, 10]] as const) {
      const slugs = (await source.search({ q: 'thuyền độc mộc', page, pageSize })).items.map((hit) => hit.slug)
      expect(slugs, `page ${page} of ${pageSize}`).toEqual(expectedSlugs(db, 'thuyền độc mộc', page, pageSize))
    }
  }, 60_000)
})
