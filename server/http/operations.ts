import fastifySwagger from '@fastify/swagger'
import fastifyUnderPressure from '@fastify/under-pressure'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { getHeapStatistics } from 'node:v8'
import { API_ROUTES } from '../../core/paths'
import { busyTurnClock } from './busyTurn'
import type { Problem } from './problem'

/** Whether this instance should get readers: false until its content is imported. */
export interface Readiness {
  ready: boolean
  /** While a site's first sync runs (CONTENT_SOURCE=site): pages done and pages found. */
  syncing?: { done: number; total: number }
}

export interface OverloadOptions {
  /** Mean event-loop delay over a sample (200 ms) above which new requests get 503; 0 turns it off. */
  maxEventLoopDelayMs: number
  /**
   * How long the loop may already have been busy in the turn a request is read in before that
   * request gets 503 (see busyTurn.ts); 0 turns it off. The same as maxEventLoopDelayMs unless set.
   */
  maxBusyTurnMs?: number
  /** Seconds a client is told to wait in Retry-After. */
  retryAfterSeconds: number
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for the health checks, which answer however busy the instance is. */
    shedWhenBusy?: boolean
  }
}

export const DEFAULT_OVERLOAD: OverloadOptions = { maxEventLoopDelayMs: 300, retryAfterSeconds: 2 }

export const OVERLOADED = 'Lectern has more requests than it can answer right now. Please try again in a moment.'

/** The routes an app registered, for checking the OpenAPI description against them. */
const routeLists = new WeakMap<FastifyInstance, { url: string; methods: string[]; hidden: boolean }[]>()
export const registeredRoutes = (app: FastifyInstance) => routeLists.get(app) ?? []

const unavailable = (request: FastifyRequest, reply: FastifyReply, retryAfter: number, detail: string): Problem => {
  reply.code(503).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').header('retry-after', String(retryAfter))
  return { type: 'about:blank', title: 'Service unavailable', status: 503, detail, instance: request.url.slice(0, 300) }
}

/**
 * What a load balancer and an operator need from one instance, registered before any route:
 * - overload: past the event-loop delay or memory limits, new requests get `503` with
 *   Retry-After at once (a reader's client retries after it; another instance can take them)
 *   rather than all waiting seconds (`@fastify/under-pressure`, and a request read once the
 *   loop's current turn has run past the delay limit: see busyTurn.ts);
 * - `GET /healthz` (alive: 200 while the process answers at all) and `GET /readyz` (200 when the
 *   content is imported and the instance is not overloaded, else 503);
 * - API requests before the content is imported get `503` with Retry-After;
 * - `GET /api/openapi.json`: the content API described from its route schemas (`@fastify/swagger`).
 */
export async function registerOperations(app: FastifyInstance, readiness: Readiness, overload: OverloadOptions = DEFAULT_OVERLOAD): Promise<void> {
  const routes: { url: string; methods: string[]; hidden: boolean }[] = []
  routeLists.set(app, routes)
  app.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map(String)
    routes.push({ url: route.url, methods, hidden: route.schema?.hide === true })
  })

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lectern content API',
        version: '1',
        description: 'Articles, categories, pages, search and feedback of a Lectern portal. Errors are application/problem+json (RFC 9457).',
      },
    },
  })

  const retryAfter = overload.retryAfterSeconds
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: overload.maxEventLoopDelayMs,
    // Shed load before V8 runs out of heap, whatever limit the process was started with.
    maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
    sampleInterval: 200,
    retryAfter,
    // Its error (503, Retry-After set) becomes problem+json in problemErrorHandler.
    message: OVERLOADED,
  })

  // Health checks answer under pressure too: they are how a balancer learns about it.
  const exempt = { pressureHandler: () => undefined, shedWhenBusy: false }
  const maxBusyTurnMs = overload.maxBusyTurnMs ?? overload.maxEventLoopDelayMs
  if (maxBusyTurnMs > 0) {
    // Read in a turn the loop has already spent longer than the limit on: turned away before any
    // work, so no reader waits behind a long queue (and the first request of a turn always runs).
    const turn = busyTurnClock()
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.shedWhenBusy === false || turn.elapsedMs() <= maxBusyTurnMs) return
      return reply.send(unavailable(request, reply, retryAfter, OVERLOADED))
    })
  }
  app.get('/healthz', { config: exempt, schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store')
    return { status: 'ok' }
  })
  app.get('/readyz', { config: exempt, schema: { hide: true } }, async (request, reply) => {
    if (!readiness.ready && readiness.syncing) {
      reply.code(503).header('cache-control', 'no-store').header('retry-after', String(retryAfter))
      return { syncing: true, done: readiness.syncing.done, total: readiness.syncing.total }
    }
    if (!readiness.ready) return unavailable(request, reply, retryAfter, 'Lectern is importing its content.')
    if (app.isUnderPressure()) return unavailable(request, reply, retryAfter, OVERLOADED)
    reply.header('cache-control', 'no-store')
    return { status: 'ready' }
  })

  // While importing, the API and the pages (rendered from the same half-filled database) wait;
  // health checks, built assets and files still answer.
  const waitsForContent = (url: string): boolean =>
    !/^\/(healthz|readyz)(\?|$)/.test(url) && !url.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(url.split('?')[0]!)
  app.addHook('onRequest', async (request, reply) => {
    if (readiness.ready || !waitsForContent(request.url)) return
    return reply.send(unavailable(request, reply, retryAfter, 'Lectern is importing its content. Please try again in a moment.'))
  })

  app.get(API_ROUTES.openapi, { schema: { hide: true } }, async () => app.swagger())
}
