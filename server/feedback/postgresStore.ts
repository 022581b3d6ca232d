import pg from 'pg'
import { MIGRATED_TABLES, POSTGRES, SCHEMA_VERSION_TABLE, currentVersionQuery, migrationPlan, toRecord, where, type FeedbackRow } from './schema'
import {
  normalEmail, referenceOf,
  type EditorAccount, type Erasure, type FeedbackEvent, type FeedbackFilter, type FeedbackReceipt, type FeedbackRecord,
  type FeedbackStatus, type FeedbackStore, type FeedbackSubmission, type OutboxItem,
} from './store'

/** Brings the feedback and editors' tables to the latest version (inside the caller's transaction). */
async function migrate(client: pg.PoolClient, now: Date): Promise<void> {
  await client.query(SCHEMA_VERSION_TABLE)
  const { rows: [current] } = await client.query<{ version: number }>(currentVersionQuery)
  const columns = new Map<string, string[]>()
  for (const table of MIGRATED_TABLES) {
    columns.set(table, (await client.query<{ name: string }>(POSTGRES.columnsOf, [table])).rows.map((c) => c.name))
  }
  for (const statement of migrationPlan(POSTGRES, current!.version, (table) => columns.get(table) ?? [], now)) {
    await client.query(statement.sql, statement.params)
  }
}

/** The store in PostgreSQL, shared by every Lectern instance pointed at it. */
export class PostgresFeedbackStore implements FeedbackStore {
  readonly kind = 'postgres'

  private constructor(private readonly pool: pg.Pool, private readonly options: { notify?: boolean }) {}

  static async open(connectionString: string, options: { notify?: boolean } = {}): Promise<PostgresFeedbackStore> {
    const pool = new pg.Pool({ connectionString, max: 5 })
    // A lost connection in the pool is replaced; it must not crash the server.
    pool.on('error', () => {})
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      // Instances starting together create the tables one at a time.
      await client.query('SELECT pg_advisory_xact_lock(727001)')
      await migrate(client, new Date())
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      await pool.end()
      throw error
    } finally {
      client.release()
    }
    return new PostgresFeedbackStore(pool, options)
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  }

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[]
  }

  async submit(input: FeedbackSubmission, now: Date = new Date()): Promise<FeedbackReceipt> {
    return this.transaction(async (client) => {
      const receivedAt = now.toISOString()
      // ON CONFLICT makes two racing resends of one draft end as one row, whichever instance they reach.
      const inserted = await client.query(`INSERT INTO feedback (draft_id, name, email, topic, article, message, language, received_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (draft_id) DO NOTHING RETURNING id`, [
        input.draftId, input.name.trim(), input.email?.trim() || null, input.topic, input.article?.trim() || null,
        input.message.trim(), input.language ?? null, receivedAt,
      ])
      if (inserted.rowCount === 0) {
        const existing = await client.query('SELECT reference, received_at FROM feedback WHERE draft_id = $1', [input.draftId])
        const row = existing.rows[0] as { reference: string; received_at: string }
        return { reference: row.reference, receivedAt: row.received_at, duplicate: true }
      }
      const id = Number((inserted.rows[0] as { id: string }).id)
      const reference = referenceOf(id, receivedAt)
      await client.query('UPDATE feedback SET reference = $1 WHERE id = $2', [reference, id])
      if (this.options.notify) await client.query('INSERT INTO feedback_outbox (feedback_id, next_attempt_at) VALUES ($1, $2)', [id, receivedAt])
      return { reference, receivedAt, duplicate: false }
    })
  }

  async count(marker?: string): Promise<number> {
    const [row] = marker
      ? await this.rows<{ n: string }>(`SELECT count(*) AS n FROM feedback WHERE ${POSTGRES.position('message', '$1')} > 0`, [marker])
      : await this.rows<{ n: string }>('SELECT count(*) AS n FROM feedback')
    return Number(row!.n)
  }

  async find(reference: string): Promise<FeedbackRecord | undefined> {
    const [row] = await this.rows<FeedbackRow>('SELECT * FROM feedback WHERE reference = $1', [reference])
    return row && toRecord(row)
  }

  async list(filter: FeedbackFilter, page: { offset: number; limit: number }): Promise<{ total: number; items: FeedbackRecord[] }> {
    const { sql, params } = where(POSTGRES, filter)
    const [count] = await this.rows<{ n: string }>(`SELECT count(*) AS n FROM feedback ${sql}`, params)
    const direction = filter.order === 'oldest' ? 'ASC' : 'DESC'
    const rows = await this.rows<FeedbackRow>(`SELECT * FROM feedback ${sql} ORDER BY received_at ${direction}, id ${direction}
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, page.limit, page.offset])
    return { total: Number(count!.n), items: rows.map(toRecord) }
  }

  private async event(reference: string, editor: string, now: Date, status: FeedbackStatus | null, note: string | null): Promise<boolean> {
    return this.transaction(async (client) => {
      const found = await client.query('SELECT id FROM feedback WHERE reference = $1 FOR UPDATE', [reference])
      const row = found.rows[0] as { id: string } | undefined
      if (!row) return false
      if (status) await client.query('UPDATE feedback SET status = $1 WHERE id = $2', [status, row.id])
      await client.query('INSERT INTO feedback_events (feedback_id, at, editor, status, note) VALUES ($1, $2, $3, $4, $5)',
        [row.id, now.toISOString(), editor, status, note])
      return true
    })
  }

  async setStatus(reference: string, status: FeedbackStatus, editor: string, now: Date = new Date()): Promise<boolean> {
    return this.event(reference, editor, now, status, null)
  }

  async addNote(reference: string, note: string, editor: string, now: Date = new Date()): Promise<boolean> {
    return this.event(reference, editor, now, null, note)
  }

  async events(reference: string): Promise<FeedbackEvent[]> {
    return this.rows<FeedbackEvent>(`SELECT e.at, e.editor, e.status, e.note FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id
      WHERE f.reference = $1 ORDER BY e.at, e.id`, [reference])
  }

  async countByEmail(email: string): Promise<number> {
    const [row] = await this.rows<{ n: string }>('SELECT count(*) AS n FROM feedback WHERE lower(trim(email)) = $1', [normalEmail(email)])
    return Number(row!.n)
  }

  async eraseByEmail(email: string, editor: string, now: Date = new Date()): Promise<number> {
    return this.transaction(async (client) => {
      const { rowCount } = await client.query('DELETE FROM feedback WHERE lower(trim(email)) = $1', [normalEmail(email)])
      await client.query('INSERT INTO feedback_erasures (at, editor, count) VALUES ($1, $2, $3)', [now.toISOString(), editor, rowCount ?? 0])
      return rowCount ?? 0
    })
  }

  async erasures(): Promise<Erasure[]> {
    return this.rows<Erasure>('SELECT at, editor, count FROM feedback_erasures ORDER BY at DESC, id DESC')
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM feedback WHERE received_at < $1', [cutoff.toISOString()])).rowCount ?? 0
  }

  async addAccount(name: string, passwordHash: string | null): Promise<boolean> {
    const result = await this.pool.query('INSERT INTO editor_accounts (name, password_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, passwordHash])
    return (result.rowCount ?? 0) > 0
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE editor_accounts SET password_hash = $1, generation = generation + 1 WHERE name = $2', [passwordHash, name])
    return (result.rowCount ?? 0) > 0
  }

  async removeAccount(name: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM editor_accounts WHERE name = $1', [name])).rowCount ?? 0) > 0
  }

  async account(name: string): Promise<EditorAccount | undefined> {
    const [row] = await this.rows<{ name: string; password_hash: string | null; generation: number }>(
      'SELECT name, password_hash, generation FROM editor_accounts WHERE name = $1', [name])
    return row && { name: row.name, passwordHash: row.password_hash, generation: row.generation }
  }

  async listAccounts(): Promise<string[]> {
    return (await this.rows<{ name: string }>('SELECT name FROM editor_accounts ORDER BY name')).map((r) => r.name)
  }

  async raiseGeneration(name: string): Promise<void> {
    await this.pool.query('UPDATE editor_accounts SET generation = generation + 1 WHERE name = $1', [name])
  }

  async getSession(id: string, now: Date = new Date()): Promise<string | undefined> {
    const [row] = await this.rows<{ data: string }>('SELECT data FROM editor_sessions WHERE id = $1 AND expires_at > $2', [id, now.toISOString()])
    return row?.data
  }

  async setSession(id: string, data: string, expiresAt: Date): Promise<void> {
    await this.pool.query(`INSERT INTO editor_sessions (id, data, expires_at) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`, [id, data, expiresAt.toISOString()])
  }

  async destroySession(id: string): Promise<void> {
    await this.pool.query('DELETE FROM editor_sessions WHERE id = $1', [id])
  }

  async recordFailure(key: string, at: Date = new Date()): Promise<void> {
    await this.pool.query('INSERT INTO editor_sign_in_failures (key, at) VALUES ($1, $2)', [key, at.toISOString()])
  }

  async failuresSince(key: string, since: Date): Promise<string[]> {
    return (await this.rows<{ at: string }>('SELECT at FROM editor_sign_in_failures WHERE key = $1 AND at >= $2 ORDER BY at', [key, since.toISOString()]))
      .map((r) => r.at)
  }

  async clearFailures(key: string): Promise<void> {
    await this.pool.query('DELETE FROM editor_sign_in_failures WHERE key = $1', [key])
  }

  async claimNotifications(now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]> {
    // SKIP LOCKED: two instances draining the outbox at once never take the same row.
    const rows = await this.rows<{ id: string; reference: string; topic: OutboxItem['topic']; attempts: number }>(`
      WITH due AS (
        SELECT id FROM feedback_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
        ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
      )
      UPDATE feedback_outbox o SET next_attempt_at = $3 FROM due, feedback f
      WHERE o.id = due.id AND f.id = o.feedback_id
      RETURNING o.id, f.reference, f.topic, o.attempts`, [now.toISOString(), limit, leaseUntil.toISOString()])
    return rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id)
  }

  async notificationSent(id: number): Promise<void> {
    await this.pool.query('UPDATE feedback_outbox SET sent_at = $1, last_error = NULL WHERE id = $2', [new Date().toISOString(), id])
  }

  async notificationFailed(id: number, attempts: number, retryAt: Date | null, error: string): Promise<void> {
    await this.pool.query('UPDATE feedback_outbox SET attempts = $1, next_attempt_at = $2, last_error = $3 WHERE id = $4',
      [attempts, retryAt ? retryAt.toISOString() : '9999-12-31T00:00:00.000Z', error.slice(0, 500), id])
  }

  async pendingNotifications(): Promise<number> {
    const [row] = await this.rows<{ n: string }>('SELECT count(*) AS n FROM feedback_outbox WHERE sent_at IS NULL')
    return Number(row!.n)
  }

  async sweep(now: Date, failuresBefore: Date): Promise<void> {
    await this.pool.query('DELETE FROM editor_sessions WHERE expires_at <= $1', [now.toISOString()])
    await this.pool.query('DELETE FROM editor_sign_in_failures WHERE at < $1', [failuresBefore.toISOString()])
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
