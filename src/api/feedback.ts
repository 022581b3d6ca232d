import * as v from 'valibot'
import type { Locale } from '../../core/locale'
import { REFERENCE_PATTERN, type FeedbackSubmission as WireSubmission } from '../../core/feedbackRules'
import { postJson, type RequestOptions } from './http'
import { apiPath } from '../../core/paths'

/** What the feedback form sends to `POST /api/feedback`. */
export interface FeedbackSubmission extends WireSubmission {
  language: Locale
  /** The honeypot: empty for people. */
  website?: string
}

const FeedbackReceipt = v.object({ reference: v.pipe(v.string(), v.regex(REFERENCE_PATTERN)), receivedAt: v.string() })
export type FeedbackReceipt = v.InferOutput<typeof FeedbackReceipt>

/**
 * Sends one draft, once: a failure is shown to the reader, whose "try again" resends it. The
 * draft id makes any resend harmless (the server answers the first reference, never a second row).
 */
export const sendFeedback = (submission: FeedbackSubmission, options: RequestOptions = {}): Promise<FeedbackReceipt> =>
  postJson(apiPath.feedback(), submission, FeedbackReceipt, { timeoutMs: 15_000, ...options })
