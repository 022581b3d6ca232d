import type { FeedbackSubmission, FeedbackTopic } from '../../core/feedbackRules'

export type { FeedbackSubmission }

export interface FeedbackReceipt {
  reference: string
  receivedAt: string
  /** True when this draft had already been stored: the answer repeats the first receipt. */
  duplicate: boolean
}

export const FEEDBACK_STATUSES = ['new', 'in-progress', 'answered', 'closed'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]
export const isStatus = (value: unknown): value is FeedbackStatus => FEEDBACK_STATUSES.includes(value as FeedbackStatus)

/** One stored submission as the editors' inbox reads it. */
export interface FeedbackRecord {
  reference: string
  draftId: string
  name: string
  email: string | null
  topic: FeedbackTopic
  article: string | null
  message: string
  language: string | null
  receivedAt: string
  status: FeedbackStatus
}

/** What the inbox filters on; every value reaches SQL as a bound parameter, never as text. */
export interface FeedbackFilter {
  topic?: FeedbackTopic
  status?: FeedbackStatus
  /** ISO instants (inclusive from, exclusive to). */
  from?: string
  to?: string
  /** A reference or words of the message or the article it is about. */
  text?: string
  order?: 'newest' | 'oldest'
}

/** A status change or an internal note, with who and when. */
export interface FeedbackEvent {
  at: string
  editor: string
  status: FeedbackStatus | null
  note: string | null
}

export interface EditorAccount {
  name: string
  /** scrypt hash of a local account; null for accounts checked by WordPress. */
  passwordHash: string | null
  /** Raised by "sign out everywhere": sessions made under an older generation stop working. */
  generation: number
}

export interface OutboxItem {
  id: number
  reference: string
  topic: FeedbackTopic
  attempts: number
}

export interface Erasure {
  at: string
  editor: string
  count: number
}

/**
 * Everything Lectern keeps about feedback and the editors who read it, behind one interface so
 * SQLite (one instance) and PostgreSQL (several instances sharing it) pass the same tests.
 * Times are ISO 8601 strings in UTC, so they sort and compare as text in both.
 */
export interface FeedbackStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Stores a draft once (a resend answers the first receipt); queues a notification when asked to. */
  submit(input: FeedbackSubmission, now?: Date): Promise<FeedbackReceipt>
  /** How many submissions are stored (whose message contains `marker`, when given). */
  count(marker?: string): Promise<number>
  find(reference: string): Promise<FeedbackRecord | undefined>
  list(filter: FeedbackFilter, page: { offset: number; limit: number }): Promise<{ total: number; items: FeedbackRecord[] }>
  setStatus(reference: string, status: FeedbackStatus, editor: string, now?: Date): Promise<boolean>
  addNote(reference: string, note: string, editor: string, now?: Date): Promise<boolean>
  events(reference: string): Promise<FeedbackEvent[]>
  countByEmail(email: string): Promise<number>
  /** Deletes every submission from one address and records that (who, when, how many), not what. */
  eraseByEmail(email: string, editor: string, now?: Date): Promise<number>
  erasures(): Promise<Erasure[]>
  /** Deletes submissions received before `cutoff`; answers how many. */
  purgeBefore(cutoff: Date): Promise<number>

  addAccount(name: string, passwordHash: string | null): Promise<boolean>
  setPassword(name: string, passwordHash: string): Promise<boolean>
  removeAccount(name: string): Promise<boolean>
  account(name: string): Promise<EditorAccount | undefined>
  listAccounts(): Promise<string[]>
  raiseGeneration(name: string): Promise<void>

  getSession(id: string, now?: Date): Promise<string | undefined>
  setSession(id: string, data: string, expiresAt: Date): Promise<void>
  destroySession(id: string): Promise<void>

  recordFailure(key: string, at?: Date): Promise<void>
  /** Times of failed sign-ins for `key` since `since`, oldest first. */
  failuresSince(key: string, since: Date): Promise<string[]>
  clearFailures(key: string): Promise<void>

  /** Claims notifications that are due (no other instance gets them until `leaseUntil`). */
  claimNotifications(now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]>
  notificationSent(id: number): Promise<void>
  notificationFailed(id: number, attempts: number, retryAt: Date | null, error: string): Promise<void>
  pendingNotifications(): Promise<number>

  /** Forgets expired sessions and sign-in failures older than `failuresBefore`. */
  sweep(now: Date, failuresBefore: Date): Promise<void>

  close(): Promise<void>
}

export const referenceOf = (id: number, receivedAt: string): string => `GY-${receivedAt.slice(0, 4)}-${String(id).padStart(6, '0')}`

/** An address as both stores compare it: trimmed and lower-case. */
export const normalEmail = (email: string): string => email.trim().toLowerCase()
