import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'
import { createLecternApp } from './createApp'
import type { AppContext } from './ssr/context'
import { PageHead } from './ssr/head'
import type { HydrationState } from './ssr/hydration'
import { renderHead, scriptSafeJson } from './ssr/renderHead'
import { ResourceCache } from './ssr/resources'
import type { Locale } from '../core/locale'

export { sourceContentClient } from './ssr/sourceClient'

export interface RenderRequest extends Omit<AppContext, 'resources' | 'head' | 'formatted'> {
  /** Path and query, as requested. */
  url: string
  /** The interface language (from the reader's cookie, else Vietnamese). */
  locale: Locale
  localeFromCookie: boolean
}

export interface RenderedPage {
  status: number
  lang: string
  /** Tags for `<head>`: title, description, canonical, Open Graph, JSON-LD. */
  head: string
  /** The app's markup, for inside `<div id="app">`. */
  app: string
  /** The hydration data, safe to place inside `<script type="application/json">`. */
  state: string
  /** Source modules the page used (to preload their chunks, from the SSR manifest). */
  modules: string[]
}

/** Query parameters that make a different page (search terms, page numbers); anything else is noise. */
const CANONICAL_PARAMS = ['q', 'trang']

function canonicalUrl(origin: string, url: string): string {
  const parsed = new URL(url, origin)
  const kept = new URLSearchParams()
  for (const name of CANONICAL_PARAMS) {
    const value = parsed.searchParams.get(name)
    if (value) kept.set(name, value)
  }
  const query = kept.toString()
  return `${origin}${parsed.pathname}${query ? `?${query}` : ''}`
}

/** Renders one page with the same components, router and stores as the browser uses to hydrate it. */
export async function render(request: RenderRequest): Promise<RenderedPage> {
  const resources = new ResourceCache()
  const head = new PageHead()
  const context: AppContext = { ...request, resources, head, formatted: {} }
  const { app, router, messages } = await createLecternApp({ context, history: () => createMemoryHistory(), locale: request.locale })
  await router.push(request.url)
  await router.isReady()
  const ssrContext: { modules?: Set<string> } = {}
  const html = await renderToString(app, ssrContext)
  const resolved = head.resolve()
  const siteName = request.runtime.siteName[request.locale]
  const t = messages.i18n.global.t
  const state: HydrationState = {
    runtime: request.runtime,
    locale: request.locale,
    localeFromCookie: request.localeFromCookie,
    draftId: request.draftId,
    resources: resources.toJSON(),
    formatted: context.formatted ?? {},
    ...(request.feedbackPost ? { feedbackPost: request.feedbackPost } : {}),
  }
  return {
    status: resources.status,
    lang: request.locale,
    head: renderHead({
      title: resolved.title ?? siteName,
      // A WordPress site's own tagline describes its pages when it has one.
      meta: { description: request.runtime.siteDescription?.[request.locale] || t('site.description'), ...resolved.meta },
      canonical: canonicalUrl(request.origin, request.url),
      siteName,
      locale: request.locale,
    }),
    app: html,
    state: scriptSafeJson(state),
    modules: [...(ssrContext.modules ?? [])],
  }
}
