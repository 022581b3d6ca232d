import type { FastifyInstance } from 'fastify'
import { API_ROUTES } from '../../core/paths'
import { ContentVersionCache } from '../cache/contentVersionCache'
import { weakEtag, type CachedResource, type CompressedCache } from './compressedCache'

export interface ApiResponseCacheOptions {
  /** Encoded bytes by ETag and encoding; the same cache can serve the rendered pages. */
  compressed: CompressedCache
  /**
   * The content's version when it only changes on import (the embedded source); undefined when it
   * can change at any time (WordPress). With a version, whole answers are kept by URL.
   */
  contentVersion: () => string | undefined
  /** Bound of the answers kept by URL. */
  maxBytes: number
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A content read whose answer depends only on the URL and the content version. */
    contentRead?: boolean
  }
}

/** Route config of the content API reads that may be answered from the cache by URL. */
export const CONTENT_READ = { contentRead: true } as const

/**
 * The JSON API's answers, compressed once:
 * - every successful GET answer is sent through the compressed cache by its ETag (a hash of
 *   the JSON, which also answers `If-None-Match` with 304), so the same content is never compressed twice,
 *   whatever the source;
 * - with the embedded source, a content read's whole answer is also kept by URL for the content
 *   version, so a repeated request (the same article, the home list, a popular search during a news
 *   spike) skips validation, the database, JSON and hashing, and goes straight to the cached bytes.
 * Register before the routes.
 */
export function registerApiResponseCache(app: FastifyInstance, options: ApiResponseCacheOptions): void {
  // Without a content version nothing is kept by URL: WordPress content can change at any time.
  const answers = new ContentVersionCache<CachedResource>({ currentVersion: options.contentVersion, maxBytes: options.maxBytes, unversionedTtlMs: 0 })
  // The version each content read started from: an answer made from older content is not kept.
  const startedFrom = new WeakMap<object, string | undefined>()
  const isRead = (method: string, url: string) => (method === 'GET' || method === 'HEAD') && url.startsWith(API_ROUTES.prefix)

  app.addHook('onRequest', async (request, reply) => {
    if (!isRead(request.method, request.url) || request.routeOptions.config.contentRead !== true) return
    startedFrom.set(request, answers.currentVersion())
    const answer = answers.get(request.url)
    if (answer) return options.compressed.send(request, reply, answer)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (!isRead(request.method, request.url) || reply.statusCode !== 200 || typeof payload !== 'string') return payload
    // The ETag, 304 and Cache-Control of every API read are decided here, once (prepare below).
    const etag = weakEtag(payload)
    const cacheControl = reply.getHeader('cache-control')
    const answer: CachedResource = {
      etag,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
      cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined,
      body: payload,
    }
    if (request.routeOptions.config.contentRead === true && startedFrom.has(request)) {
      answers.set(request.url, answer, payload.length * 2 + request.url.length, startedFrom.get(request))
    }
    return options.compressed.prepare(request, reply, answer)
  })
}
