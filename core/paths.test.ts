import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath, queryString } from './paths'

describe('apiPath', () => {
  it('writes the query as URLSearchParams does, leaving out parameters without a value', () => {
    const params = { q: "nước sạch (mới)! ~ 'a*b' & c=d+e", page: 2, pageSize: undefined, category: '' }
    const expected = new URLSearchParams({ q: params.q, page: '2' }).toString()
    expect(queryString(params)).toBe(`?${expected}`)
    expect(queryString({})).toBe('')
  })

  it('fills slugs into the routes the server registers', () => {
    expect(apiPath.article('tin tức')).toBe('/api/articles/tin%20t%E1%BB%A9c')
    expect(apiPath.page('gioi-thieu')).toBe(API_ROUTES.page.replace(':slug', 'gioi-thieu'))
    expect(apiPath.articles({ category: 'y-te', page: 3 })).toBe('/api/articles?category=y-te&page=3')
    expect(apiPath.search({ q: 'lũ lụt' })).toBe(`/api/search?${new URLSearchParams({ q: 'lũ lụt' })}`)
  })

  it('keeps every route under the API prefix', () => {
    for (const route of Object.values(API_ROUTES)) expect(route.startsWith(API_ROUTES.prefix)).toBe(true)
  })
})
