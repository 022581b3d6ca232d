import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_CONTRACT, type ApiEndpoint } from '../core/api'
import { API_ROUTES, apiPath } from '../core/paths'
import type { Sitemap } from '../core/types'
import { startServer, type RunningServer } from './test/startServer'
import { SEED_SLUG } from './test/testApp'

/**
 * The contract in core/api.ts names, for every API route, the schema of its answer; the app
 * validates with it. Here the real start command answers every endpoint for the sample content, and
 * each answer must pass its schema: a server change the app would refuse as a BadPayload fails here.
 */
let server: RunningServer

beforeAll(async () => {
  server = await startServer({
    // The test hook is an endpoint of the contract too; no shedding on a busy test machine.
    env: { DATABASE_FILE: ':memory:', LECTERN_TEST_HOOKS: '1', OVERLOAD_EVENT_LOOP_DELAY_MS: '0', SEARCH_THREADS: '0' },
    // Importing the sample content comes first: seconds on a busy machine.
    timeoutMs: 90_000,
  })
}, 100_000)

afterAll(async () => {
  await server?.stop()
})

const get = (path: string) => fetch(server.url + path)
const submission = {
  draftId: `contract-${Date.now()}`, name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', topic: 'tiep-can', article: '',
  message: 'Ảnh trong bài chưa có mô tả.', language: 'vi',
}

/** One request per endpoint; the type makes an endpoint added to the contract without a sample a compile error. */
const SAMPLES: Record<ApiEndpoint, () => Promise<Response>> = {
  articles: () => get(apiPath.articles({ pageSize: 50 })),
  article: () => get(apiPath.article(SEED_SLUG)),
  categories: () => get(apiPath.categories()),
  page: () => get(apiPath.page('lien-he')),
  search: () => get(apiPath.search({ q: 'bac kan' })),
  sitemap: () => get(apiPath.sitemap()),
  config: () => get(apiPath.config()),
  feedback: () => fetch(server.url + apiPath.feedback(), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission),
  }),
  openapi: () => get(API_ROUTES.openapi),
  testFeedback: () => get(apiPath.testFeedback('mô tả')),
}

/** The answer's body once its schema accepts it; otherwise the test fails naming where it differs. */
async function expectAnswerOf(endpoint: ApiEndpoint, response: Response): Promise<unknown> {
  expect(response.ok, `${endpoint} answered ${response.status}`).toBe(true)
  const body: unknown = await response.json()
  const result = v.safeParse(API_CONTRACT[endpoint].answer, body)
  const issues = result.issues?.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`) ?? []
  expect(issues, `${endpoint}'s answer does not match its schema`).toEqual([])
  return body
}

describe('the API contract (core/api.ts)', () => {
  it('names a schema for every route of API_ROUTES', () => {
    const endpoints = Object.keys(API_ROUTES).filter((name) => name !== 'prefix' && name !== 'testPrefix')
    expect(Object.keys(API_CONTRACT).sort()).toEqual(endpoints.sort())
    for (const [name, contract] of Object.entries(API_CONTRACT)) expect(contract.answer.kind, name).toBe('schema')
  })

  it.each(Object.keys(SAMPLES) as ApiEndpoint[])('%s: the server’s answer for the sample content passes its schema', async (endpoint) => {
    await expectAnswerOf(endpoint, await SAMPLES[endpoint]())
  })

  it('every article, page and category list of the sample content passes its schema', async () => {
    const sitemap = await expectAnswerOf('sitemap', await get(apiPath.sitemap())) as Sitemap
    const articles = sitemap.categories.flatMap((category) => category.articles)
    expect(articles.length).toBeGreaterThan(5)
    for (const { slug } of articles) await expectAnswerOf('article', await get(apiPath.article(slug)))
    for (const { slug } of sitemap.pages) await expectAnswerOf('page', await get(apiPath.page(slug)))
    for (const { slug } of sitemap.categories) await expectAnswerOf('articles', await get(apiPath.articles({ category: slug })))
  })

  it('describes every public endpoint in the OpenAPI document, with its method', async () => {
    const document = await expectAnswerOf('openapi', await get(API_ROUTES.openapi)) as { paths: Record<string, Record<string, unknown>> }
    const hidden = new Set<ApiEndpoint>(['openapi', 'testFeedback'])
    for (const [name, contract] of Object.entries(API_CONTRACT)) {
      if (hidden.has(name as ApiEndpoint)) continue
      const path = API_ROUTES[name as ApiEndpoint]
      const described = document.paths[path.replace(/:(\w+)/g, '{$1}')]
      expect(described?.[contract.method.toLowerCase()], `${contract.method} ${path}`).toBeDefined()
    }
  })
})
