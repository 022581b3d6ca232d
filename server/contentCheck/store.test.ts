import { describe, expect, it } from 'vitest'
import { RULES_VERSION } from '../../core/contentCheck'
import type { ArticleDocument } from '../../core/document'
import { importContent } from '../db/importContent'
import { openDatabase, type Db } from '../db/schema'
import { CONTENT_DIR } from '../test/testApp'
import { refreshFindings, staleChecks } from './store'

const findingsOf = (db: Db, slug: string) => db.prepare(`SELECT f.rule, f.severity, f.excerpt FROM article_findings f JOIN articles a ON a.id = f.article_id
  WHERE a.slug = ? ORDER BY f.position`).all(slug) as { rule: string; severity: string; excerpt: string }[]
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

/** What a site source's sync does: writes an article's new document and hash, without checking it. */
function rewrite(db: Db, slug: string, document: ArticleDocument, hash: string): void {
  db.prepare('UPDATE articles SET body_json = ?, content_hash = ? WHERE slug = ?').run(JSON.stringify(document), hash, slug)
}
const vagueLink: ArticleDocument = { version: 1, blocks: [{ type: 'paragraph', children: [{ type: 'link', href: 'https://x.vn/kh', children: [{ type: 'text', value: 'xem thêm' }] }] }] }

describe('stored findings', () => {
  const db = openDatabase(':memory:')
  const first = importContent(db, CONTENT_DIR)

  it('are written by the import for every article, with their counts', () => {
    expect(first.errors).toEqual([])
    expect(count(db, 'article_checks')).toBe(first.articles.added)
    expect(staleChecks(db).size).toBe(0)
    expect(findingsOf(db, 'nong-san-chu-luc-bac-kan-2020-2024').map((f) => f.rule)).toContain('image-alt-long')
    const totals = db.prepare('SELECT sum(errors + warnings) FROM article_checks').pluck().get()
    expect(totals).toBe(count(db, 'article_findings'))
  }, 30_000)

  it('are not made again by an import that changes nothing', () => {
    const again = importContent(db, CONTENT_DIR)
    expect(again.rechecked).toBe(0)
    expect(again.articles.changed).toBe(0)
  }, 30_000)

  it('are made again for an unchanged article whose findings are missing or of older rules', () => {
    const slug = 'nong-san-chu-luc-bac-kan-2020-2024'
    const before = findingsOf(db, slug)
    db.prepare('DELETE FROM article_checks WHERE article_id = (SELECT id FROM articles WHERE slug = ?)').run(slug)
    db.prepare('UPDATE article_checks SET rules_version = ? WHERE article_id = (SELECT id FROM articles WHERE slug = ?)').run(RULES_VERSION - 1, 'du-lich-ho-ba-be-he-2023')
    const again = importContent(db, CONTENT_DIR)
    expect(again.rechecked).toBe(2)
    expect(findingsOf(db, slug)).toEqual(before)
  }, 30_000)

  it('refreshFindings checks what another writer changed, and only that', () => {
    const local = openDatabase(':memory:')
    importContent(local, CONTENT_DIR)
    expect(refreshFindings(local)).toBe(0)
    rewrite(local, 'khanh-thanh-cau-dan-sinh-binh-trung', vagueLink, 'synced-1')
    expect(staleChecks(local)).toEqual(new Set(['khanh-thanh-cau-dan-sinh-binh-trung']))
    const notes = new Map([['khanh-thanh-cau-dan-sinh-binh-trung', [{ rule: 'media-removed' as const, excerpt: 'Video lễ khánh thành' }]]])
    expect(refreshFindings(local, { notes })).toBe(1)
    expect(findingsOf(local, 'khanh-thanh-cau-dan-sinh-binh-trung')).toEqual([
      { rule: 'link-vague', severity: 'warning', excerpt: 'xem thêm' },
      { rule: 'media-removed', severity: 'error', excerpt: 'Video lễ khánh thành' },
    ])
    expect(refreshFindings(local)).toBe(0)
    // New rules: the same version of the article is checked again, keeping what conversion noted then.
    local.prepare('UPDATE article_checks SET rules_version = 0').run()
    expect(refreshFindings(local)).toBe(count(local, 'articles'))
    expect(findingsOf(local, 'khanh-thanh-cau-dan-sinh-binh-trung').map((f) => f.rule)).toEqual(['link-vague', 'media-removed'])
  }, 30_000)

  it('go with their article', () => {
    const local = openDatabase(':memory:')
    importContent(local, CONTENT_DIR)
    local.prepare('DELETE FROM articles WHERE slug = ?').run('nong-san-chu-luc-bac-kan-2020-2024')
    expect(findingsOf(local, 'nong-san-chu-luc-bac-kan-2020-2024')).toEqual([])
    expect(local.prepare('SELECT count(*) FROM article_findings WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get()).toBe(0)
  }, 30_000)
})
