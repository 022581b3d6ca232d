import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fold } from '../../core/fold'
import { CONTENT_DIR, SEED_SLUG } from '../test/testApp'
import { generateCorpus } from '../../scripts/corpus/generateCorpus'
import { importContent, markdownFiles } from './importContent'
import { importInParallel } from './importInParallel'
import { openDatabase, type Db } from './schema'

describe('content import', () => {
  it('imports every sample file without errors', () => {
    const report = importContent(openDatabase(':memory:'), CONTENT_DIR)
    expect(report.errors).toEqual([])
    expect(report.articles.added).toBeGreaterThanOrEqual(1)
  }, 30_000)

  it('is idempotent: a second run changes nothing', () => {
    const db = openDatabase(':memory:')
    const first = importContent(db, CONTENT_DIR)
    const second = importContent(db, CONTENT_DIR)
    expect(second.articles).toEqual({ added: 0, changed: 0, removed: 0, unchanged: first.articles.added })
    const fts = db.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }
    expect(fts.n).toBe(first.articles.added)
  }, 30_000)

  it('picks up edits and removals, and reports a broken file without dropping the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-content-'))
    try {
      cpSync(CONTENT_DIR, dir, { recursive: true })
      const db = openDatabase(':memory:')
      const first = importContent(db, dir)
      writeFileSync(join(dir, 'articles', 'broken.md'), '---\ntitle: ""\n---\nno')
      rmSync(join(dir, 'articles', `${SEED_SLUG}.md`))
      const second = importContent(db, dir)
      expect(second.articles.removed).toBe(1)
      expect(second.errors).toHaveLength(1)
      expect(second.errors[0]).toMatch(/^broken\.md: /)
      const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }
      expect(n).toBe(first.articles.added - 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the search index rows, written in batches', () => {
  /** Each article's search row holds its folded title, lead and text, and there is no other. */
  const expectSearchRowsOfEveryArticle = (db: Db) => {
    const articles = db.prepare('SELECT id, title, lead, plain_text FROM articles ORDER BY id').all() as { id: number; title: string; lead: string; plain_text: string }[]
    const rows = db.prepare('SELECT rowid AS id, title, lead, body FROM articles_fts ORDER BY rowid').all()
    expect(rows).toEqual(articles.map((a) => ({ id: a.id, title: fold(a.title), lead: fold(a.lead), body: fold(a.plain_text) })))
  }

  it('has one row per article across several batches, after edits and removals too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-corpus-'))
    try {
      generateCorpus({ outDir: dir, count: 150, seed: 7 })
      const db = openDatabase(':memory:')
      expect(importContent(db, dir).articles.added).toBe(150)
      expectSearchRowsOfEveryArticle(db)
      const [first, second] = markdownFiles(join(dir, 'articles'))
      const path = join(dir, 'articles', first!)
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\n/, '\n\nMột đoạn mới về thuyền độc mộc.\n\n'))
      rmSync(join(dir, 'articles', second!))
      expect(importContent(db, dir).articles).toEqual({ added: 0, changed: 1, removed: 1, unchanged: 148 })
      expectSearchRowsOfEveryArticle(db)
      // The index itself, not only the stored text: the new paragraph is found.
      expect(db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"mot doan moi ve thuyen doc moc"'`).pluck().get()).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

/** A generated corpus imported on one thread and in worker threads; the corpus is removed after `check`. */
async function importBothWays(
  corpus: { count: number; seed: number },
  options: Parameters<typeof importInParallel>[2],
  check: (imported: { alone: Db; parallel: Db; report: Awaited<ReturnType<typeof importInParallel>> }) => void,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-corpus-'))
  try {
    generateCorpus({ outDir: dir, ...corpus })
    const alone = openDatabase(':memory:')
    importContent(alone, dir)
    const parallel = openDatabase(':memory:')
    check({ alone, parallel, report: await importInParallel(parallel, dir, options) })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('content import in worker threads', () => {
  it('writes exactly what the one-thread import writes', async () => {
    await importBothWays({ count: 24, seed: 3 }, { workers: 2, minFiles: 1 }, ({ alone, parallel, report }) => {
      expect(report).toMatchObject({ articles: { added: 24, changed: 0, removed: 0, unchanged: 0 }, errors: [] })
      const rows = (db: Db) => [
        db.prepare('SELECT slug, body_json, plain_text, words, content_hash FROM articles ORDER BY slug').all(),
        db.prepare('SELECT rowid, title, lead, body FROM articles_fts ORDER BY rowid').all(),
      ]
      expect(rows(parallel)).toEqual(rows(alone))
    })
  }, 60_000)

  it('parses on its own thread the chunks of a parser that ran out of heap, and writes the same', async () => {
    // A heap too small for a parser even to start: every chunk falls back to this thread.
    await importBothWays({ count: 12, seed: 5 }, { workers: 2, minFiles: 1, parserHeapMb: 1 }, ({ alone, parallel, report }) => {
      expect(report).toMatchObject({ articles: { added: 12, changed: 0, removed: 0, unchanged: 0 }, errors: [] })
      const rows = (db: Db) => db.prepare('SELECT slug, body_json, plain_text, words FROM articles ORDER BY slug').all()
      expect(rows(parallel)).toEqual(rows(alone))
    })
  }, 60_000)
})
