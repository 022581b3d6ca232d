import type { Locale } from './locale'

/**
 * The feedback form's rules, shared by the browser (to tell the reader before sending) and the
 * server (which checks again with a JSON schema built from the same limits: never trust a client).
 */
export const FEEDBACK_TOPICS = ['noi-dung', 'tiep-can', 'ky-thuat', 'khac'] as const
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number]

export const FEEDBACK_LIMITS = { name: 100, email: 254, article: 300, message: 5000 } as const

/** Deliberately loose (one @, a dot in the domain, no spaces): a strict pattern refuses real addresses. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Draft ids are made in the browser; the server only needs them unguessable and tidy. */
export const DRAFT_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/

/** What `POST /api/feedback` carries, as both the browser and the server read it. */
export interface FeedbackSubmission {
  draftId: string
  name: string
  email?: string
  topic: FeedbackTopic
  article?: string
  message: string
  language?: Locale
}

export type FeedbackField = 'name' | 'email' | 'topic' | 'article' | 'message'

export interface FeedbackFields {
  name: string
  email: string
  topic: FeedbackTopic | ''
  article: string
  message: string
}

export type FeedbackErrorCode = 'required' | 'tooLong' | 'email' | 'topic'
export interface FeedbackError {
  field: FeedbackField
  code: FeedbackErrorCode
}

/**
 * The feedback form after a POST without JavaScript, as the server renders it back: the text as
 * typed, the draft id it carried, and every error (or `failed` when it could not be stored).
 */
export interface FeedbackPostState {
  fields: FeedbackFields
  draftId: string
  errors: FeedbackError[]
  /** The server could not store it (its message is shown with the typed text kept). */
  failed?: boolean
}

export const isTopic = (value: unknown): value is FeedbackTopic => FEEDBACK_TOPICS.includes(value as FeedbackTopic)

/** Every problem with the fields, in page order; an empty list means the form can be sent. */
export function validateFeedback(fields: FeedbackFields): FeedbackError[] {
  const errors: FeedbackError[] = []
  const name = fields.name.trim()
  if (!name) errors.push({ field: 'name', code: 'required' })
  else if (name.length > FEEDBACK_LIMITS.name) errors.push({ field: 'name', code: 'tooLong' })
  const email = fields.email.trim()
  if (email.length > FEEDBACK_LIMITS.email) errors.push({ field: 'email', code: 'tooLong' })
  else if (email && !EMAIL_PATTERN.test(email)) errors.push({ field: 'email', code: 'email' })
  if (!isTopic(fields.topic)) errors.push({ field: 'topic', code: 'topic' })
  if (fields.article.trim().length > FEEDBACK_LIMITS.article) errors.push({ field: 'article', code: 'tooLong' })
  const message = fields.message.trim()
  if (!message) errors.push({ field: 'message', code: 'required' })
  else if (message.length > FEEDBACK_LIMITS.message) errors.push({ field: 'message', code: 'tooLong' })
  return errors
}
