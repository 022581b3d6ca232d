import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importContent } from '../db/importContent'
import { openDatabase, type Db } from '../db/schema'
import { LecternSource } from '../sources/lectern'
import { CONTENT_DIR } from '../test/testApp'
import { SearchOverloaded, SearchPool } from './searchPool'

describe('searches in worker threads', () => {
  let dir: string
  let db: Db
  let file: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lectern-search-pool-'))
    file = join(dir, 'lectern.db')
    db = openDatabase(file)
    importContent(db, CONTENT_DIR)
  }, 60_000)
  afterAll(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answer exactly what the main thread answers, snippets and their marks included', async () => {
    const here = new LecternSource(db)
    const threaded = new LecternSource(db)
    const pool = new SearchPool(file, { size: 2, maxWaitMs: 0, retryAfterSeconds: 2 })
    threaded.searchInThreads(pool)
    expect(pool.available).toBe(false)
    await pool.start()
    expect(pool.available).toBe(true)
    try {
      for (const q of ['bac kan', 'Bắc Kạn', 'lũ quét', 'ba b', 'tin', 'flood warning', '!!!', 'zzzz']) {
        for (const page of [1, 2]) {
          const query = { q, page, pageSize: 5 }
          expect(await threaded.search(query), `${q}, page ${page}`).toEqual(await here.search(query))
        }
      }
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('refuses at once the searches that would wait past the limit, and answers the rest', async () => {
    const pool = new SearchPool(file, { size: 1, maxWaitMs: 1, retryAfterSeconds: 3 })
    await pool.start()
    try {
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => pool.search({ q: 'bac kan', page: 1, pageSize: 10 })))
      expect(outcomes[0]!.status).toBe('fulfilled')
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason as unknown)
      expect(refused.length).toBeGreaterThan(10)
      expect(refused.every((reason) => reason instanceof SearchOverloaded && reason.retryAfterSeconds === 3)).toBe(true)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
