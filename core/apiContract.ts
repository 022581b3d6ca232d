import type * as v from 'valibot'
import * as S from './apiSchemas'
import { API_ROUTES } from './paths'

/** Every endpoint of the HTTP API by name (the route patterns in API_ROUTES that are not prefixes). */
export type ApiEndpoint = Exclude<keyof typeof API_ROUTES, 'prefix' | 'testPrefix'>

export interface EndpointContract {
  method: 'GET' | 'POST'
  /** The Fastify route pattern the server registers (API_ROUTES). */
  path: string
  /** The shape of a successful answer: what the app validates and the server's tests check. */
  answer: v.GenericSchema
}

/**
 * The API contract in one place: for each endpoint, its route and the schema of its answer. The app
 * validates with these (src/api/), the server's tests hold its answers to them (server/apiContract.test.ts).
 * It is a module of its own so that `paths.ts`, which the first view needs, stays free of valibot;
 * the server's request handling never imports it.
 */
export const API_CONTRACT = {
  articles: { method: 'GET', path: API_ROUTES.articles, answer: S.paged(S.ArticleSummary) },
  article: { method: 'GET', path: API_ROUTES.article, answer: S.Article },
  categories: { method: 'GET', path: API_ROUTES.categories, answer: S.CategoryList },
  page: { method: 'GET', path: API_ROUTES.page, answer: S.Page },
  search: { method: 'GET', path: API_ROUTES.search, answer: S.paged(S.SearchHit) },
  sitemap: { method: 'GET', path: API_ROUTES.sitemap, answer: S.Sitemap },
  config: { method: 'GET', path: API_ROUTES.config, answer: S.RuntimeConfig },
  feedback: { method: 'POST', path: API_ROUTES.feedback, answer: S.FeedbackReceipt },
  openapi: { method: 'GET', path: API_ROUTES.openapi, answer: S.OpenApiDocument },
  testFeedback: { method: 'GET', path: API_ROUTES.testFeedback, answer: S.TestFeedbackCount },
} as const satisfies Record<ApiEndpoint, EndpointContract>

/** What a successful answer of `endpoint` holds, as the app reads it. */
export type ApiAnswer<E extends ApiEndpoint> = v.InferOutput<(typeof API_CONTRACT)[E]['answer']>
