import type { Locale } from '../../core/locale'
import type { FeedbackSubmission as WireSubmission } from '../../core/feedbackRules'
import { postJson, type RequestOptions } from './http'
import { API_CONTRACT, type ApiAnswer } from '../../core/api'
import { apiPath } from '../../core/paths'

/** What the feedback form sends to `POST /api/feedback`. */
export interface FeedbackSubmission extends WireSubmission {
  language: Locale
  /** The honeypot: empty for people. */
  website?: string
}

export type FeedbackReceipt = ApiAnswer<'feedback'>

/**
 * Sends one draft, once: a failure is shown to the reader, whose "try again" resends it. The
 * draft id makes any resend harmless (the server answers the first reference, never a second row).
 */
export const sendFeedback = (submission: FeedbackSubmission, options: RequestOptions = {}): Promise<FeedbackReceipt> =>
  postJson(apiPath.feedback(), submission, API_CONTRACT.feedback.answer, { timeoutMs: 15_000, ...options })
