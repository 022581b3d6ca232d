import type * as v from 'valibot'
import * as S from './apiSchemas'
import type { API_ROUTES } from './paths'

/** Every endpoint of the HTTP API by name: the route patterns in `API_ROUTES` that are not prefixes. */
export type ApiEndpoint = Exclude<keyof typeof API_ROUTES, 'prefix' | 'testPrefix'>

export interface EndpointContract {
  method: 'GET' | 'POST'
  /** The shape of a successful answer: what the app validates and the server's tests check. */
  answer: v.GenericSchema
}

/**
 * The API contract in one place: each endpoint of `API_ROUTES` (same name; its path is there) with
 * its method and the schema of its answer. The type makes an endpoint without one a compile error.
 * The app validates with these (src/api/), the server's tests hold its answers to them
 * (server/apiContract.test.ts). A module of its own, importing `paths.ts` for types only, so the
 * first view's `paths.ts` stays free of valibot; the server's request handling never imports it.
 */
export const API_CONTRACT = {
  articles: { method: 'GET', answer: S.paged(S.ArticleSummary) },
  article: { method: 'GET', answer: S.Article },
  categories: { method: 'GET', answer: S.CategoryList },
  page: { method: 'GET', answer: S.Page },
  search: { method: 'GET', answer: S.paged(S.SearchHit) },
  sitemap: { method: 'GET', answer: S.Sitemap },
  config: { method: 'GET', answer: S.RuntimeConfig },
  feedback: { method: 'POST', answer: S.FeedbackReceipt },
  openapi: { method: 'GET', answer: S.OpenApiDocument },
  testFeedback: { method: 'GET', answer: S.TestFeedbackCount },
} as const satisfies Record<ApiEndpoint, EndpointContract>

/** What a successful answer of `endpoint` holds, as the app reads it. */
export type ApiAnswer<E extends ApiEndpoint> = v.InferOutput<(typeof API_CONTRACT)[E]['answer']>
