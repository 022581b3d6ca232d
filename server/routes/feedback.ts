import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { DRAFT_ID_PATTERN, EMAIL_PATTERN, FEEDBACK_LIMITS, FEEDBACK_TOPICS } from '../../core/feedbackRules'
import { API_ROUTES } from '../../core/paths'
import { sendProblem } from '../http/problem'
import type { FeedbackStore, FeedbackSubmission } from '../feedback/store'

export interface FeedbackRouteOptions {
  /** Submissions one address may send per window (FEEDBACK_RATE_LIMIT). */
  rateLimit: number
  rateWindowMs?: number
  /** Registers a read of stored counts for end-to-end tests (LECTERN_TEST_HOOKS=1); never in production. */
  testHooks?: boolean
}

/** Required text: not only spaces (the client trims too, but the server never trusts it). */
const text = (maxLength: number, required: boolean) =>
  ({ type: 'string', maxLength, ...(required ? { minLength: 1, pattern: '\\S' } : {}) }) as const

const body = {
  type: 'object',
  required: ['draftId', 'name', 'topic', 'message'],
  additionalProperties: false,
  properties: {
    draftId: { type: 'string', pattern: DRAFT_ID_PATTERN.source },
    name: text(FEEDBACK_LIMITS.name, true),
    email: { type: 'string', maxLength: FEEDBACK_LIMITS.email, pattern: `^(?:${EMAIL_PATTERN.source.slice(1, -1)})?$` },
    topic: { type: 'string', enum: FEEDBACK_TOPICS },
    article: text(FEEDBACK_LIMITS.article, false),
    message: text(FEEDBACK_LIMITS.message, true),
    language: { type: 'string', enum: ['vi', 'en'] },
    // The honeypot: hidden from people, filled in by form-filling robots.
    website: { type: 'string', maxLength: 0 },
  },
} as const

/** POST /api/feedback: validated by schema, limited per address, stored once per draft. */
export async function registerFeedbackRoutes(app: FastifyInstance, store: FeedbackStore, options: FeedbackRouteOptions): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many feedback submissions from this address. Try again in ${context.after}.`), { statusCode: 429 }),
  })

  app.post<{ Body: FeedbackSubmission & { website?: string } }>(API_ROUTES.feedback, {
    // A 5,000-character message in Vietnamese is at most ~15 kB of UTF-8; 32 kB leaves room for JSON escapes.
    bodyLimit: 32 * 1024,
    schema: { body },
    config: { rateLimit: { max: options.rateLimit, timeWindow: options.rateWindowMs ?? 15 * 60_000 } },
    // Fastify would also parse text/plain; feedback is JSON only, so anything else is refused before parsing.
    onRequest: async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
      if (type !== 'application/json') return sendProblem(reply, 415, 'Send feedback as application/json.')
    },
  }, async (request, reply) => {
    // The schema already refused a filled-in honeypot; the store reads only the fields it keeps.
    const receipt = await store.submit(request.body)
    // The answer never repeats what the reader sent: nothing in it can be read back as markup.
    return reply.code(receipt.duplicate ? 200 : 201).header('cache-control', 'no-store')
      .send({ reference: receipt.reference, receivedAt: receipt.receivedAt })
  })

  if (options.testHooks) {
    app.get<{ Querystring: { contains?: string } }>(API_ROUTES.testFeedback, {
      schema: { hide: true, querystring: { type: 'object', properties: { contains: { type: 'string', minLength: 1, maxLength: 200 } }, additionalProperties: false } },
    }, async (request, reply) => reply.header('cache-control', 'no-store').send({ count: await store.count(request.query.contains) }))
  }

  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: API_ROUTES.feedback,
    schema: { hide: true },
    handler: async (request, reply) => sendProblem(reply.header('allow', 'POST'), 405, `Send feedback with POST, not ${request.method}.`),
  })
}
