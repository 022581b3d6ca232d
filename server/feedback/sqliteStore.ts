import type { Db } from '../db/schema'
import { SCHEMA_VERSION_TABLE, SQLITE, currentVersionQuery, migrationPlan, toRecord, where, type FeedbackRow } from './schema'
import {
  normalEmail, referenceOf,
  type EditorAccount, type Erasure, type FeedbackEvent, type FeedbackFilter, type FeedbackReceipt, type FeedbackRecord,
  type FeedbackStatus, type FeedbackStore, type FeedbackSubmission, type OutboxItem,
} from './store'

/** Brings the feedback and editors' tables to the latest version, in one transaction. */
function migrate(db: Db, now: Date): void {
  db.transaction(() => {
    db.exec(SCHEMA_VERSION_TABLE)
    const { version } = db.prepare(currentVersionQuery).get() as { version: number }
    const columns = (table: string) => (db.prepare(SQLITE.columnsOf).all(table) as { name: string }[]).map((c) => c.name)
    for (const statement of migrationPlan(SQLITE, version, columns, now)) db.prepare(statement.sql).run(...statement.params)
  }).immediate()
}

/** The store in the SQLite file Lectern already keeps (better-sqlite3 is synchronous; the interface is not). */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly kind = 'sqlite'

  constructor(private readonly db: Db, private readonly options: { notify?: boolean } = {}) {
    migrate(db, new Date())
  }

  async submit(input: FeedbackSubmission, now: Date = new Date()): Promise<FeedbackReceipt> {
    // Look-up, insert, numbering and the queued notification happen in one transaction: two resends
    // of one draft racing each other still end as one row, and a crash leaves no half-made row.
    return this.db.transaction((): FeedbackReceipt => {
      const existing = this.db.prepare('SELECT reference, received_at FROM feedback WHERE draft_id = ?').get(input.draftId) as
        | { reference: string; received_at: string }
        | undefined
      if (existing) return { reference: existing.reference, receivedAt: existing.received_at, duplicate: true }
      const receivedAt = now.toISOString()
      const { id } = this.db
        .prepare(`INSERT INTO feedback (draft_id, name, email, topic, article, message, language, received_at)
          VALUES (@draftId, @name, @email, @topic, @article, @message, @language, @receivedAt) RETURNING id`)
        .get({
          draftId: input.draftId,
          name: input.name.trim(),
          email: input.email?.trim() || null,
          topic: input.topic,
          article: input.article?.trim() || null,
          message: input.message.trim(),
          language: input.language ?? null,
          receivedAt,
        }) as { id: number }
      const reference = referenceOf(id, receivedAt)
      this.db.prepare('UPDATE feedback SET reference = ? WHERE id = ?').run(reference, id)
      if (this.options.notify) this.db.prepare('INSERT INTO feedback_outbox (feedback_id, next_attempt_at) VALUES (?, ?)').run(id, receivedAt)
      return { reference, receivedAt, duplicate: false }
    }).immediate()
  }

  async count(marker?: string): Promise<number> {
    const row = marker
      ? this.db.prepare(`SELECT count(*) AS n FROM feedback WHERE ${SQLITE.position('message', '?')} > 0`).get(marker)
      : this.db.prepare('SELECT count(*) AS n FROM feedback').get()
    return (row as { n: number }).n
  }

  async find(reference: string): Promise<FeedbackRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM feedback WHERE reference = ?').get(reference) as FeedbackRow | undefined
    return row && toRecord(row)
  }

  async list(filter: FeedbackFilter, page: { offset: number; limit: number }): Promise<{ total: number; items: FeedbackRecord[] }> {
    const { sql, params } = where(SQLITE, filter)
    const { n } = this.db.prepare(`SELECT count(*) AS n FROM feedback ${sql}`).get(...params) as { n: number }
    const direction = filter.order === 'oldest' ? 'ASC' : 'DESC'
    const rows = this.db.prepare(`SELECT * FROM feedback ${sql} ORDER BY received_at ${direction}, id ${direction} LIMIT ? OFFSET ?`)
      .all(...params, page.limit, page.offset) as FeedbackRow[]
    return { total: n, items: rows.map(toRecord) }
  }

  private event(reference: string, editor: string, now: Date, status: FeedbackStatus | null, note: string | null): boolean {
    return this.db.transaction((): boolean => {
      const row = this.db.prepare('SELECT id FROM feedback WHERE reference = ?').get(reference) as { id: number } | undefined
      if (!row) return false
      if (status) this.db.prepare('UPDATE feedback SET status = ? WHERE id = ?').run(status, row.id)
      this.db.prepare('INSERT INTO feedback_events (feedback_id, at, editor, status, note) VALUES (?, ?, ?, ?, ?)')
        .run(row.id, now.toISOString(), editor, status, note)
      return true
    }).immediate()
  }

  async setStatus(reference: string, status: FeedbackStatus, editor: string, now: Date = new Date()): Promise<boolean> {
    return this.event(reference, editor, now, status, null)
  }

  async addNote(reference: string, note: string, editor: string, now: Date = new Date()): Promise<boolean> {
    return this.event(reference, editor, now, null, note)
  }

  async events(reference: string): Promise<FeedbackEvent[]> {
    return this.db.prepare(`SELECT e.at, e.editor, e.status, e.note FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id
      WHERE f.reference = ? ORDER BY e.at, e.id`).all(reference) as FeedbackEvent[]
  }

  async countByEmail(email: string): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM feedback WHERE lower(trim(email)) = ?').get(normalEmail(email)) as { n: number }).n
  }

  async eraseByEmail(email: string, editor: string, now: Date = new Date()): Promise<number> {
    return this.db.transaction((): number => {
      const { changes } = this.db.prepare('DELETE FROM feedback WHERE lower(trim(email)) = ?').run(normalEmail(email))
      this.db.prepare('INSERT INTO feedback_erasures (at, editor, count) VALUES (?, ?, ?)').run(now.toISOString(), editor, changes)
      return changes
    }).immediate()
  }

  async erasures(): Promise<Erasure[]> {
    return this.db.prepare('SELECT at, editor, count FROM feedback_erasures ORDER BY at DESC, id DESC').all() as Erasure[]
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM feedback WHERE received_at < ?').run(cutoff.toISOString()).changes
  }

  async addAccount(name: string, passwordHash: string | null): Promise<boolean> {
    return this.db.prepare('INSERT INTO editor_accounts (name, password_hash) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(name, passwordHash).changes > 0
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    // A new password also ends every session signed in with the old one.
    return this.db.prepare('UPDATE editor_accounts SET password_hash = ?, generation = generation + 1 WHERE name = ?').run(passwordHash, name).changes > 0
  }

  async removeAccount(name: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM editor_accounts WHERE name = ?').run(name).changes > 0
  }

  async account(name: string): Promise<EditorAccount | undefined> {
    const row = this.db.prepare('SELECT name, password_hash, generation FROM editor_accounts WHERE name = ?').get(name) as
      | { name: string; password_hash: string | null; generation: number }
      | undefined
    return row && { name: row.name, passwordHash: row.password_hash, generation: row.generation }
  }

  async listAccounts(): Promise<string[]> {
    return (this.db.prepare('SELECT name FROM editor_accounts ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  }

  async raiseGeneration(name: string): Promise<void> {
    this.db.prepare('UPDATE editor_accounts SET generation = generation + 1 WHERE name = ?').run(name)
  }

  async getSession(id: string, now: Date = new Date()): Promise<string | undefined> {
    const row = this.db.prepare('SELECT data FROM editor_sessions WHERE id = ? AND expires_at > ?').get(id, now.toISOString()) as { data: string } | undefined
    return row?.data
  }

  async setSession(id: string, data: string, expiresAt: Date): Promise<void> {
    this.db.prepare(`INSERT INTO editor_sessions (id, data, expires_at) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`).run(id, data, expiresAt.toISOString())
  }

  async destroySession(id: string): Promise<void> {
    this.db.prepare('DELETE FROM editor_sessions WHERE id = ?').run(id)
  }

  async recordFailure(key: string, at: Date = new Date()): Promise<void> {
    this.db.prepare('INSERT INTO editor_sign_in_failures (key, at) VALUES (?, ?)').run(key, at.toISOString())
  }

  async failuresSince(key: string, since: Date): Promise<string[]> {
    return (this.db.prepare('SELECT at FROM editor_sign_in_failures WHERE key = ? AND at >= ? ORDER BY at').all(key, since.toISOString()) as { at: string }[])
      .map((r) => r.at)
  }

  async clearFailures(key: string): Promise<void> {
    this.db.prepare('DELETE FROM editor_sign_in_failures WHERE key = ?').run(key)
  }

  async claimNotifications(now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]> {
    return this.db.transaction((): OutboxItem[] => {
      const items = this.db.prepare(`SELECT o.id, f.reference, f.topic, o.attempts FROM feedback_outbox o JOIN feedback f ON f.id = o.feedback_id
        WHERE o.sent_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?`).all(now.toISOString(), limit) as OutboxItem[]
      const lease = this.db.prepare('UPDATE feedback_outbox SET next_attempt_at = ? WHERE id = ?')
      for (const item of items) lease.run(leaseUntil.toISOString(), item.id)
      return items
    }).immediate()
  }

  async notificationSent(id: number): Promise<void> {
    this.db.prepare('UPDATE feedback_outbox SET sent_at = ?, last_error = NULL WHERE id = ?').run(new Date().toISOString(), id)
  }

  async notificationFailed(id: number, attempts: number, retryAt: Date | null, error: string): Promise<void> {
    // No retry time left: the row stays, marked, for an operator to see; nothing is deleted.
    this.db.prepare('UPDATE feedback_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?')
      .run(attempts, retryAt ? retryAt.toISOString() : '9999-12-31T00:00:00.000Z', error.slice(0, 500), id)
  }

  async pendingNotifications(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM feedback_outbox WHERE sent_at IS NULL').get() as { n: number }).n
  }

  async sweep(now: Date, failuresBefore: Date): Promise<void> {
    this.db.prepare('DELETE FROM editor_sessions WHERE expires_at <= ?').run(now.toISOString())
    this.db.prepare('DELETE FROM editor_sign_in_failures WHERE at < ?').run(failuresBefore.toISOString())
  }

  async close(): Promise<void> {
    // The database belongs to the caller (it also holds the content): closing it is theirs.
  }
}
