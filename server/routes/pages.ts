import { LOCALES, localeCookie } from '../../core/locale'
import { ROUTE_PATHS } from '../../core/paths'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Locale, RuntimeConfig } from '../../core/types'
import type { FeedbackPostState } from '../../core/feedbackRules'
import type { CompressedCache } from '../http/compressedCache'
import { sendProblem } from '../http/problem'
import { composePage } from '../ssr/compose'
import { ContentVersionCache } from '../cache/contentVersionCache'
import { weakEtag } from '../http/compressedCache'
import type { PageRenderer } from '../ssr/renderer'
import type { ContentSource } from '../../core/contentSource'
import { readLocale } from '../ssr/locale'

export interface PageRouteOptions {
  renderer: PageRenderer | undefined
  /** Encoded bytes kept by ETag: a page is compressed once per version, not per request. */
  compressed: CompressedCache
  source: ContentSource
  runtime: RuntimeConfig
}

/** Paths that are files or APIs, never pages: a miss there is a plain 404, not a rendered page. */
const isPagePath = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !/^\/(api|assets|media)\//.test(request.url) && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!)

/** Pages whose HTML holds something made for one reader (the feedback form's idempotency key). */
const isPersonal = (path: string): boolean => path === ROUTE_PATHS.feedback

export const newDraftId = (): string => randomBytes(18).toString('base64url')

export type SendPage = (request: FastifyRequest, reply: FastifyReply, extra?: { feedbackPost?: FeedbackPostState; status?: number }) => Promise<FastifyReply>

interface CachedPage {
  html: string
  status: number
  etag: string
}

/**
 * Every page of the app, rendered on the server from the same Vue components the browser
 * hydrates: the true HTTP status (404 for what does not exist, 502/503/504 when the content
 * source failed), an ETag and CDN-friendly Cache-Control, and a small cache of rendered pages.
 */
export function registerPageRoutes(app: FastifyInstance, options: PageRouteOptions): SendPage {
  // Rendered once per version of the content, then served from memory; with no version to key
  // on (a WordPress site), re-rendered every 30 s at most.
  const cache = new ContentVersionCache<CachedPage>({
    currentVersion: () => options.source.version?.(), maxBytes: Number.POSITIVE_INFINITY, maxEntries: 500, unversionedTtlMs: 30_000,
  })

  const sendPage: SendPage = async (request, reply, extra = {}) => {
    const { renderer } = options
    if (!renderer) return sendProblem(reply, 503, 'The reading app is not built. Run "npm run build" (npm start does it).')
    const path = request.url.split('?')[0]!
    const { locale, fromCookie } = readLocale(request.headers.cookie)
    const formPage = isPersonal(path)
    const personal = formPage || extra.feedbackPost !== undefined
    const version = cache.currentVersion()
    const key = `${locale}|${fromCookie}|${request.url}`
    let page = personal ? undefined : cache.get(key)
    if (!page) {
      const entry = await renderer.loadEntry()
      const rendered = await entry.render({
        url: request.url,
        locale,
        localeFromCookie: fromCookie,
        runtime: options.runtime,
        content: entry.sourceContentClient(options.source),
        origin: `${request.protocol}://${request.host}`,
        draftId: formPage ? (extra.feedbackPost?.draftId ?? newDraftId()) : '',
        ...(extra.feedbackPost ? { feedbackPost: extra.feedbackPost } : {}),
      })
      const html = composePage(await renderer.template(request.url), rendered, renderer.preloads(rendered.modules))
      page = { html, status: extra.status ?? rendered.status, etag: weakEtag(html) }
      if (!personal && (page.status === 200 || page.status === 404)) cache.set(key, page, html.length * 2, version)
    }
    reply.code(page.status)
    if (personal || page.status >= 500) {
      return reply.type('text/html; charset=utf-8').header('vary', 'Cookie').header('cache-control', 'no-store').send(page.html)
    }
    // Short for a CDN or proxy in front, which may serve a slightly old copy while it checks again.
    return options.compressed.send(request, reply, {
      etag: page.etag, contentType: 'text/html; charset=utf-8', body: page.html, vary: 'Cookie',
    })
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (isPagePath(request)) return sendPage(request, reply)
    return sendProblem(reply, 404, `Nothing is at ${request.url.slice(0, 200)}.`)
  })

  // Language as a link (works without JavaScript): remember the choice, go back where the reader was.
  app.get<{ Params: { locale: Locale }; Querystring: { ve?: string } }>('/ngon-ngu/:locale', {
    schema: {
      params: { type: 'object', required: ['locale'], properties: { locale: { type: 'string', enum: LOCALES } } },
      querystring: { type: 'object', properties: { ve: { type: 'string', maxLength: 2000 } }, additionalProperties: false },
    },
  }, async (request, reply) => {
    const back = request.query.ve ?? '/'
    // Only a path on this site: "//evil.example" or "https://…" would make this an open redirect.
    const target = back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\') ? back : '/'
    return reply
      .header('set-cookie', localeCookie(request.params.locale))
      .header('cache-control', 'no-store')
      .redirect(target, 303)
  })

  return sendPage
}
