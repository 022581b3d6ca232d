import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { SearchOverloaded } from '../search/searchPool'
import { UpstreamError } from '../sources/upstream'

/** An RFC 9457 problem document. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  errors?: { field: string; message: string }[]
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, extra: Partial<Problem> = {}): FastifyReply {
  const problem: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: reply.request.url.slice(0, 300),
    ...extra,
  }
  return reply.code(status).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').send(problem)
}

/** Every error ends as problem+json: schema failures say which field, crashes say nothing internal. */
export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      field: `${error.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`,
      message: v.message ?? 'is invalid',
    }))
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ')
    return sendProblem(reply, 400, detail, { errors })
  }
  // The content source behind Lectern failed: say so (and which way), so a reader's retry and an
  // operator's log both know it is not Lectern's own bug.
  if ((error as unknown) instanceof UpstreamError) {
    const upstream = error as unknown as UpstreamError
    request.log.warn({ detail: upstream.message }, 'content source failed')
    return sendProblem(reply, upstream.status, upstream.message)
  }
  // Overload (@fastify/under-pressure): 503 with the Retry-After it set, so clients come back later.
  if (error.code === 'FST_UNDER_PRESSURE') return sendProblem(reply, 503, error.message)
  // More searches waiting for a search thread than it can answer in time (SearchPool).
  if ((error as unknown) instanceof SearchOverloaded) {
    reply.header('retry-after', String((error as unknown as SearchOverloaded).retryAfterSeconds))
    return sendProblem(reply, 503, error.message)
  }
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
  if (status === 500) request.log.error({ err: error }, 'request failed')
  return sendProblem(reply, status, status === 500 ? 'The server could not answer. Please try again.' : error.message)
}
