import { describe, expect, it } from 'vitest'
import { retryAfterSeconds, sameOriginPage } from './crawl'

describe('retryAfterSeconds', () => {
  it('reads the delay an overloaded server asks for on 503 and 429', () => {
    expect(retryAfterSeconds(503, '2')).toBe(2)
    expect(retryAfterSeconds(429, '0')).toBe(0)
  })

  it('asks for no retry on other answers, or without a delay in seconds', () => {
    expect(retryAfterSeconds(500, '2')).toBeUndefined()
    expect(retryAfterSeconds(404, '2')).toBeUndefined()
    expect(retryAfterSeconds(503, null)).toBeUndefined()
    expect(retryAfterSeconds(503, '')).toBeUndefined()
    expect(retryAfterSeconds(503, 'Wed, 21 Oct 2026 07:28:00 GMT')).toBeUndefined()
  })
})

describe('sameOriginPage', () => {
  it('keeps pages of the same site without their fragment, and drops other sites', () => {
    const base = new URL('http://localhost:4400/')
    expect(sameOriginPage('/gop-y#form', base)).toBe('http://localhost:4400/gop-y')
    expect(sameOriginPage('https://example.com/', base)).toBeUndefined()
    expect(sameOriginPage('mailto:a@b.vn', base)).toBeUndefined()
  })
})
