import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openDatabase, type Db } from '../db/schema'
import { freshPostgresUrl } from '../test/stores'
import { OLD_ROW, POSTGRES_BEFORE_VERSIONS, SQLITE_EDITORS_UPGRADE, SQLITE_FEEDBACK_BEFORE_EDITORS } from '../test/oldFeedbackSchemas'
import { PostgresFeedbackStore } from './postgresStore'
import { MIGRATIONS, SCHEMA_VERSION, SQLITE, migrationPlan, where } from './schema'
import { SqliteFeedbackStore } from './sqliteStore'
import type { FeedbackStore } from './store'

const indexesOf = (db: Db): string[] =>
  // The content's own indexes share the file: only the feedback and editors' tables count here.
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND (tbl_name LIKE 'feedback%' OR tbl_name LIKE 'editor%') ORDER BY name")
    .all() as { name: string }[]).map((r) => r.name)
const versionsOf = (db: Db): number[] =>
  (db.prepare("SELECT version FROM schema_version WHERE component = 'feedback' ORDER BY version").all() as { version: number }[]).map((r) => r.version)
const allVersions = MIGRATIONS.map((m) => m.version)

/** What a migrated database must still answer about the submission made before versions. */
async function expectOldRowKept(store: FeedbackStore): Promise<void> {
  const old = await store.find('GY-2025-000001')
  expect(old).toMatchObject({ name: 'Hoàng Văn Cũ', status: 'new', message: 'Góp ý từ năm ngoái.' })
  expect(await store.setStatus('GY-2025-000001', 'answered', 'bientap')).toBe(true)
  expect((await store.list({ status: 'answered' }, { offset: 0, limit: 10 })).total).toBe(1)
  // New rows are numbered after the old one.
  const receipt = await store.submit({ draftId: 'new-draft-00000000001', name: 'Mới', topic: 'khac', message: 'Sau khi nâng cấp.' })
  expect(receipt.reference).toMatch(/-000002$/)
}

describe('the feedback schema', () => {
  it('plans every migration for a new database, and none for one at the latest version', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const fresh = migrationPlan(SQLITE, 0, () => [], now)
    expect(fresh.filter((s) => s.sql.startsWith('INSERT INTO schema_version')).map((s) => s.params[0])).toEqual(allVersions)
    expect(fresh.some((s) => s.sql.startsWith('ALTER TABLE feedback ADD COLUMN status'))).toBe(true)
    expect(migrationPlan(SQLITE, 0, () => ['id', 'status'], now).some((s) => s.sql.startsWith('ALTER'))).toBe(false)
    expect(migrationPlan(SQLITE, SCHEMA_VERSION, () => [], now)).toEqual([])
  })

  it('binds every filter value, in both dialects alike', () => {
    const filter = { topic: 'khac', status: 'new', text: "50%_'; DROP" } as const
    expect(where(SQLITE, filter).sql).not.toContain('DROP')
    expect(where(SQLITE, filter).params).toEqual(['khac', 'new', "50%_'; DROP", "50%_'; DROP", "50%_'; DROP".toUpperCase()])
  })
})

describe('a SQLite database made before schema versions', () => {
  it('migrates from the table of server/db/schema.ts (no status, no editors\' tables), keeping its rows', async () => {
    const db = openDatabase(':memory:')
    db.exec(SQLITE_FEEDBACK_BEFORE_EDITORS)
    db.exec(OLD_ROW)
    const store = new SqliteFeedbackStore(db)
    expect(versionsOf(db)).toEqual(allVersions)
    await expectOldRowKept(store)
  })

  it('migrates after the ad-hoc upgrade (status and editors\' tables already there), keeping events and accounts', async () => {
    const db = openDatabase(':memory:')
    db.exec(SQLITE_FEEDBACK_BEFORE_EDITORS)
    db.exec(SQLITE_EDITORS_UPGRADE)
    db.exec(OLD_ROW)
    db.exec("INSERT INTO editor_accounts (name, password_hash) VALUES ('bientap', NULL)")
    const store = new SqliteFeedbackStore(db)
    expect(versionsOf(db)).toEqual(allVersions)
    expect(await store.listAccounts()).toEqual(['bientap'])
    await expectOldRowKept(store)
    // Opening again runs nothing twice.
    new SqliteFeedbackStore(db)
    expect(versionsOf(db)).toEqual(allVersions)
  })

  it('ends with the same indexes as a new database', () => {
    const fresh = openDatabase(':memory:')
    new SqliteFeedbackStore(fresh)
    const old = openDatabase(':memory:')
    old.exec(SQLITE_FEEDBACK_BEFORE_EDITORS)
    new SqliteFeedbackStore(old)
    expect(indexesOf(old)).toEqual(indexesOf(fresh))
    expect(indexesOf(fresh)).toEqual(['editor_sign_in_failures_by_key', 'feedback_by_date', 'feedback_events_by_feedback'])
  })
})

describe('a PostgreSQL database made before schema versions', () => {
  const adminUrl = inject('postgresUrl')
  let url = ''
  beforeAll(async () => {
    if (!adminUrl) throw new Error(`The PostgreSQL migration cannot be tested: ${inject('postgresMissing')}`)
    url = await freshPostgresUrl(adminUrl)
    const old = new pg.Client({ connectionString: url })
    await old.connect()
    try {
      await old.query(POSTGRES_BEFORE_VERSIONS)
      await old.query(OLD_ROW)
    } finally {
      await old.end()
    }
  })
  let store: FeedbackStore | undefined
  afterAll(async () => store?.close())

  it('migrates from the old DDL, keeping its rows, to the same indexes as SQLite', async () => {
    store = await PostgresFeedbackStore.open(url)
    await expectOldRowKept(store)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const versions = await client.query<{ version: number }>("SELECT version FROM schema_version WHERE component = 'feedback' ORDER BY version")
      expect(versions.rows.map((r) => r.version)).toEqual(allVersions)
      const indexes = await client.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()
        AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`)
      const sqlite = openDatabase(':memory:')
      new SqliteFeedbackStore(sqlite)
      expect(indexes.rows.map((r) => r.indexname)).toEqual(indexesOf(sqlite))
    } finally {
      await client.end()
    }
    // A second instance starting later finds nothing to do.
    const again = await PostgresFeedbackStore.open(url)
    await again.close()
  })
})
