import { DRAFT_ID_PATTERN, FEEDBACK_LIMITS, isTopic, type FeedbackFields } from '../../core/feedbackRules'
import { STORAGE_KEYS, persisted, storedRecord, type Persisted } from '../storage/persisted'

/**
 * The feedback draft as kept in localStorage while the reader types, so a reload, a crash or a
 * failed send loses nothing. Read forgivingly field by field, like the preferences: a corrupt or
 * hostile value becomes that field's empty value and never breaks the form.
 */
export const DRAFT_VERSION = 1

export interface FeedbackDraft extends FeedbackFields {
  /** Made once per draft; the server stores one record per id, so resends never duplicate. */
  draftId: string
}

export const EMPTY_FIELDS: FeedbackFields = { name: '', email: '', topic: '', article: '', message: '' }

/** 128 random bits as hex; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newDraftId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

// Generous caps on what is read back: the form shows the rules, storage only must not balloon.
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max * 2) : '')

export function parseDraft(raw: string | null, makeId: () => string = newDraftId): FeedbackDraft {
  const record = storedRecord(raw)
  return {
    draftId: typeof record.draftId === 'string' && DRAFT_ID_PATTERN.test(record.draftId) ? record.draftId : makeId(),
    name: text(record.name, FEEDBACK_LIMITS.name),
    email: text(record.email, FEEDBACK_LIMITS.email),
    topic: isTopic(record.topic) ? record.topic : '',
    article: text(record.article, FEEDBACK_LIMITS.article),
    message: text(record.message, FEEDBACK_LIMITS.message),
  }
}

export const serializeDraft = (draft: FeedbackDraft): string => JSON.stringify({ version: DRAFT_VERSION, ...draft })

/** Nothing typed yet: no need to keep (or restore) anything. */
export const isBlank = (fields: FeedbackFields): boolean =>
  !fields.name.trim() && !fields.email.trim() && !fields.article.trim() && !fields.message.trim()

/** The stored draft (a blank one is not kept); one stored without a valid id takes `makeId()`. */
export const storedDraft = (makeId: () => string = newDraftId): Persisted<FeedbackDraft> =>
  persisted(STORAGE_KEYS.feedbackDraft, {
    decode: (raw) => parseDraft(raw, makeId),
    encode: (draft) => (isBlank(draft) ? null : serializeDraft(draft)),
  })
