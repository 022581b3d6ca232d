import fastifyCompress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { join } from 'node:path'
import { constants as zlib } from 'node:zlib'
import type { RuntimeConfig } from '../src/api/types'
import { registerApiResponseCache } from './http/apiResponseCache'
import { registerApiCaching } from './http/caching'
import { CompressedCache } from './http/compressedCache'
import { registerOperations, type OverloadOptions, type Readiness } from './http/operations'
import { problemErrorHandler } from './http/problem'
import { contentSecurityPolicy, inlineScriptHashes, registerSecurityHeaders } from './http/security'
import type { FeedbackStore } from './feedback/store'
import { registerApiRoutes } from './routes/api'
import { registerFeedbackRoutes } from './routes/feedback'
import { registerSeoRoutes } from './routes/seo'
import { readShell, registerSpa } from './spa'
import type { ContentSource } from './sources/contentSource'

export interface AppOptions {
  source: ContentSource
  runtime: RuntimeConfig
  contentDir: string
  distDir: string
  /** Origins article images may come from besides https (a WordPress site on plain http). */
  imageOrigins?: string[]
  feedback: FeedbackStore
  /** Feedback submissions per address per 15 minutes (default 10). */
  feedbackRateLimit?: number
  testHooks?: boolean
  logger?: boolean
  /** False while the content is imported: the API answers 503 and /readyz says so. Ready by default. */
  readiness?: Readiness
  overload?: OverloadOptions
  /** Bytes of compressed answers to keep (whole answers by URL get half as much); 64 MB by default. */
  responseCacheBytes?: number
}

/** The whole HTTP surface: content API, media, the SPA, headers. Built without listening, for tests. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // Long slugs reach the schema (and get a 400 that says why) instead of missing the route.
    routerOptions: { maxParamLength: 1000 },
    // Unknown query parameters are an error to report, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  })
  app.setErrorHandler(problemErrorHandler)
  const shell = readShell(options.distDir, options.runtime)
  registerSecurityHeaders(app, contentSecurityPolicy(shell ? inlineScriptHashes(shell) : [], options.imageOrigins))
  registerApiCaching(app)
  // Scale (see README, "Running more than one Lectern"): overload shedding, health, OpenAPI, and
  // answers compressed once. Before the routes, whose schemas and config they read.
  await registerOperations(app, options.readiness ?? { ready: true }, options.overload)
  const cacheBytes = options.responseCacheBytes ?? 64 * 1024 * 1024
  // One cache of encoded bytes for everything with a stable ETag (server-rendered pages can use it too).
  const compressedCache = new CompressedCache({ maxBytes: cacheBytes })
  registerApiResponseCache(app, {
    compressed: compressedCache,
    contentVersion: () => options.source.version?.(),
    maxBytes: cacheBytes / 2,
  })
  // After the caching hook, so ETags are computed on the uncompressed JSON. Brotli or gzip
  // matters most to a reader on a cheap phone on a slow network.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Quality 11 (the default) costs tens of ms per article; 5 keeps most of the gain.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  })
  await registerFeedbackRoutes(app, options.feedback, { rateLimit: options.feedbackRateLimit ?? 10, testHooks: options.testHooks })
  registerApiRoutes(app, options.source, options.runtime)
  registerSeoRoutes(app, options.source)
  await app.register(fastifyStatic, {
    root: join(options.contentDir, 'images'),
    prefix: '/media/',
    decorateReply: false,
    setHeaders: (res) => res.header('cache-control', 'public, max-age=86400'),
  })
  await registerSpa(app, options.distDir, shell)
  return app
}
