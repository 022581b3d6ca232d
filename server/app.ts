import fastifyCompress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import type { ViteDevServer } from 'vite'
import { join } from 'node:path'
import { constants as zlib } from 'node:zlib'
import type { RuntimeConfig } from '../core/types'
import { EDITOR_AREA_PATH } from '../core/paths'
import { registerApiResponseCache } from './http/apiResponseCache'
import { CompressedCache } from './http/compressedCache'
import { COMPRESSION } from './http/compression'
import { registerOperations, type OverloadOptions, type Readiness } from './http/operations'
import { problemErrorHandler } from './http/problem'
import { contentSecurityPolicy, inlineScriptHashes, registerSecurityHeaders } from './http/security'
import { editorPlugin, type EditorOptions } from './editor/plugin'
import type { FeedbackStore } from './feedback/store'
import { registerApiRoutes } from './routes/api'
import { registerFeedbackRoutes } from './routes/feedback'
import { registerFeedbackForm } from './routes/feedbackForm'
import { registerSeoRoutes } from './routes/seo'
import { registerPageRoutes } from './routes/pages'
import type { PageRenderer } from './ssr/renderer'
import { registerStaticFiles } from './routes/staticFiles'
import type { ContentSource } from '../core/contentSource'
import type { PictureCache } from './site/pictures/pictureCache'
import { registerPictureRoute } from './site/pictures/pictureRoute'

export interface AppOptions {
  source: ContentSource
  runtime: RuntimeConfig
  contentDir: string
  distDir: string
  /** Renders the app's pages (built, or Vite's dev server); without one, pages answer 503 "not built". */
  renderer?: PageRenderer
  /** Development: Vite's middleware (modules with hot reload) in front of the routes. */
  vite?: ViteDevServer
  /** Origins article images may come from besides https (a WordPress site on plain http). */
  imageOrigins?: string[]
  feedback: FeedbackStore
  /** Feedback submissions per address per 15 minutes (default 10). */
  feedbackRateLimit?: number
  testHooks?: boolean
  logger?: boolean
  /** Behind a reverse proxy: trust its X-Forwarded-For/-Proto (TRUST_PROXY), for client addresses and Secure cookies. */
  trustProxy?: boolean | string
  /** The editors' area at /bien-tap/ (sign-in, feedback inbox); left out, there is none. */
  editor?: EditorOptions
  /** False while the content is imported: the API answers 503 and /readyz says so. Ready by default. */
  readiness?: Readiness
  overload?: OverloadOptions
  /** Bytes of compressed answers to keep (whole answers by URL get half as much); 64 MB by default. */
  responseCacheBytes?: number
  /** CONTENT_SOURCE=site: the portal's pictures, served at /anh-goc/<hash>. */
  sitePictures?: PictureCache
}

/** The whole HTTP surface: content API, media, the SPA, headers. Built without listening, for tests. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Long slugs reach the schema (and get a 400 that says why) instead of missing the route.
    routerOptions: { maxParamLength: 1000 },
    // Unknown query parameters are an error to report, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  })
  app.setErrorHandler(problemErrorHandler)
  // Loaded only in development: Vite and middie are development dependencies (see main.ts).
  if (options.vite) await (await import('./ssr/devServer')).useVite(app, options.vite)
  // The shell's one inline script (saved preferences before first paint) is allowed by its hash.
  const template = await options.renderer?.template('/')
  registerSecurityHeaders(app, contentSecurityPolicy(template ? inlineScriptHashes(template) : [], options.imageOrigins, { dev: Boolean(options.vite) }))
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
  // After the response cache, so ETags are computed on the uncompressed JSON. Brotli or gzip
  // matters most to a reader on a cheap phone on a slow network.
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESSION.thresholdBytes,
    encodings: [...COMPRESSION.encodings],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: COMPRESSION.brotliQuality } },
    zlibOptions: { level: COMPRESSION.gzipLevel },
  })
  await registerFeedbackRoutes(app, options.feedback, { rateLimit: options.feedbackRateLimit ?? 10, testHooks: options.testHooks })
  if (options.editor) await app.register(editorPlugin, { ...options.editor, prefix: EDITOR_AREA_PATH })
  registerApiRoutes(app, options.source, options.runtime)
  registerSeoRoutes(app, options.source)
  if (options.sitePictures) registerPictureRoute(app, options.sitePictures)
  await app.register(fastifyStatic, {
    root: join(options.contentDir, 'images'),
    prefix: '/media/',
    decorateReply: false,
    setHeaders: (res) => res.header('cache-control', 'public, max-age=86400'),
  })
  await registerStaticFiles(app, options.distDir)
  const sendPage = registerPageRoutes(app, { renderer: options.renderer, source: options.source, runtime: options.runtime, compressed: compressedCache })
  registerFeedbackForm(app, options.feedback, sendPage, { rateLimit: options.feedbackRateLimit ?? 10 })
  return app
}
