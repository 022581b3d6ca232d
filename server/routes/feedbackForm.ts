import { ROUTE_PATHS, pathTo } from '../../core/paths'
import type { FastifyInstance } from 'fastify'
import { DRAFT_ID_PATTERN, isTopic, validateFeedback, type FeedbackFields } from '../../core/feedbackRules'
import type { FeedbackPostState } from '../../core/feedbackRules'
import type { FeedbackStore } from '../feedback/store'
import { newDraftId, type SendPage } from './pages'

const FORM_TYPE = 'application/x-www-form-urlencoded'

/** One field of a posted form as text (a repeated field counts once; anything missing is empty). */
const field = (body: Record<string, string>, name: string): string => (typeof body[name] === 'string' ? body[name] : '')

/**
 * The feedback form without JavaScript: a plain POST, checked by the same rules as the browser
 * and the JSON API, the same per-address limit and the same idempotency (the draft id the page
 * carried). Errors come back as the form itself, rendered by the server with the GOV.UK error
 * summary and the text as typed; success is Post/Redirect/Get to the confirmation.
 */
export function registerFeedbackForm(app: FastifyInstance, store: FeedbackStore, sendPage: SendPage,
  options: { rateLimit: number; rateWindowMs?: number }): void {
  app.addContentTypeParser(FORM_TYPE, { parseAs: 'string', bodyLimit: 32 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })

  app.post<{ Body: Record<string, string> }>(ROUTE_PATHS.feedback, {
    bodyLimit: 32 * 1024,
    config: { rateLimit: { max: options.rateLimit, timeWindow: options.rateWindowMs ?? 15 * 60_000 } },
  }, async (request, reply) => {
    const body = typeof request.body === 'object' && request.body !== null ? request.body : {}
    const topic = field(body, 'topic')
    const fields: FeedbackFields = {
      name: field(body, 'name'),
      email: field(body, 'email'),
      topic: isTopic(topic) ? topic : '',
      article: field(body, 'article'),
      message: field(body, 'message'),
    }
    const posted = field(body, 'draftId')
    const draftId = DRAFT_ID_PATTERN.test(posted) ? posted : newDraftId()
    // The honeypot: a person never fills it in; a robot gets the form back, and nothing is stored.
    const errors = field(body, 'website') ? [{ field: 'name' as const, code: 'required' as const }] : validateFeedback(fields)
    if (errors.length || !fields.topic) {
      const state: FeedbackPostState = { fields, draftId, errors }
      return sendPage(request, reply, { feedbackPost: state, status: 400 })
    }
    const language = field(body, 'language') === 'en' ? 'en' : 'vi'
    // As typed: the store trims and drops empty optional fields, for this form and the JSON API alike.
    const receipt = await store.submit({ ...fields, topic: fields.topic, draftId, language })
    return reply.header('cache-control', 'no-store').redirect(pathTo.feedbackSent(receipt.reference), 303)
  })
}
