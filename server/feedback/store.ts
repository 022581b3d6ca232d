import type { FeedbackSubmission, FeedbackTopic } from '../../src/feedback/rules'
import type { Db } from '../db/schema'

export type { FeedbackSubmission }

export interface FeedbackReceipt {
  reference: string
  receivedAt: string
  /** True when this draft had already been stored: the answer repeats the first receipt. */
  duplicate: boolean
}

const referenceOf = (id: number, receivedAt: string): string => `GY-${receivedAt.slice(0, 4)}-${String(id).padStart(6, '0')}`

/** Feedback submissions in SQLite: one row per draft, written in a transaction. */
export class FeedbackStore {
  constructor(private readonly db: Db) {}

  submit(input: FeedbackSubmission, now: Date = new Date()): FeedbackReceipt {
    // Look-up, insert and numbering happen in one transaction: two resends of one draft racing
    // each other still end as one row, and a crash half-way leaves no row without a reference.
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
      return { reference, receivedAt, duplicate: false }
    }).immediate()
  }

  /** How many submissions are stored (whose message contains `marker`, when given). */
  count(marker?: string): number {
    const row = marker
      ? this.db.prepare("SELECT count(*) AS n FROM feedback WHERE instr(message, ?) > 0").get(marker)
      : this.db.prepare('SELECT count(*) AS n FROM feedback').get()
    return (row as { n: number }).n
  }

  find(reference: string): (FeedbackSubmission & { reference: string }) | undefined {
    const row = this.db.prepare('SELECT * FROM feedback WHERE reference = ?').get(reference) as
      | { reference: string; draft_id: string; name: string; email: string | null; topic: FeedbackTopic; article: string | null; message: string }
      | undefined
    if (!row) return undefined
    return {
      reference: row.reference,
      draftId: row.draft_id,
      name: row.name,
      email: row.email ?? undefined,
      topic: row.topic,
      article: row.article ?? undefined,
      message: row.message,
    }
  }
}
