import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../config'
import { openDatabase } from '../db/schema'

describe('CONTENT_SOURCE=site configuration', () => {
  it('reads the site, its politeness limits and their defaults', () => {
    const { source } = readConfig({ CONTENT_SOURCE: 'site', SITE_URL: 'https://backan.gov.vn/', SITE_CONTACT: 'cntt@backan.gov.vn' })
    expect(source).toMatchObject({ kind: 'site', url: 'https://backan.gov.vn/', contact: 'cntt@backan.gov.vn', syncMinutes: 15, rate: 4, concurrency: 2, profilePath: null })
  })

  it('says what to fix for a missing or unusable address and for limits out of range', () => {
    expect(() => readConfig({ CONTENT_SOURCE: 'site' })).toThrow(/CONTENT_SOURCE=site needs SITE_URL/)
    expect(() => readConfig({ CONTENT_SOURCE: 'site', SITE_URL: 'file:///etc/passwd' })).toThrow(/SITE_URL must be an http\(s\) address/)
    expect(() => readConfig({ CONTENT_SOURCE: 'site', SITE_URL: 'https://p.example', SITE_RATE: '0' })).toThrow(/SITE_RATE must be a number of requests per second from 0.1 to 100/)
    expect(() => readConfig({ CONTENT_SOURCE: 'site', SITE_URL: 'https://p.example', SITE_CONTACT: 'a)\r\nX-Evil: 1' })).toThrow(/SITE_CONTACT must be one line/)
    expect(() => readConfig({ CONTENT_SOURCE: 'sharepoint' })).toThrow(/"lectern", "wordpress" or "site"/)
  })

  it('gives a database made before the site source the columns it writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-upgrade-'))
    try {
      const file = join(dir, 'old.db')
      const old = new Database(file)
      old.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL, lead TEXT NOT NULL, category TEXT NOT NULL,
        published TEXT NOT NULL, published_utc TEXT NOT NULL, updated TEXT, author TEXT NOT NULL, language TEXT NOT NULL, source TEXT, image_json TEXT,
        body_json TEXT NOT NULL, plain_text TEXT NOT NULL, words INTEGER NOT NULL, content_hash TEXT NOT NULL)`)
      old.close()
      const db = openDatabase(file)
      const columns = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name)
      db.close()
      expect(columns).toEqual(expect.arrayContaining(['original_url', 'confirmed_at']))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
