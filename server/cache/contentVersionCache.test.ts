import { describe, expect, it } from 'vitest'
import { ByteLru } from './byteLru'
import { ContentVersionCache } from './contentVersionCache'

describe('ContentVersionCache', () => {
  const make = (source: { version: string | undefined }, clock = { now: 0 }, unversionedTtlMs = 0) =>
    new ContentVersionCache<string>({ currentVersion: () => source.version, maxBytes: 100, unversionedTtlMs, now: () => clock.now })

  it('forgets everything at once when the content version changes', () => {
    const source = { version: 'v1' as string | undefined }
    const cache = make(source)
    cache.set('/a', 'A1', 2, 'v1')
    expect(cache.get('/a')).toBe('A1')
    source.version = 'v2'
    expect(cache.get('/a')).toBeUndefined()
    expect(cache.size.entries).toBe(0)
  })

  it('never keeps a value made from an older version', () => {
    const source = { version: 'v1' as string | undefined }
    const cache = make(source)
    const madeFrom = cache.currentVersion()
    source.version = 'v2' // an import finished while the value was being made
    cache.set('/a', 'A1', 2, madeFrom)
    expect(cache.get('/a')).toBeUndefined()
  })

  it('without a version keeps values for the given time only, or not at all', () => {
    const clock = { now: 0 }
    const pages = make({ version: undefined }, clock, 30_000)
    pages.set('/a', 'A', 2, undefined)
    clock.now = 30_000
    expect(pages.get('/a')).toBe('A')
    clock.now = 30_001
    expect(pages.get('/a')).toBeUndefined()
    const answers = make({ version: undefined }, clock, 0)
    answers.set('/a', 'A', 2, undefined)
    expect(answers.get('/a')).toBeUndefined()
  })
})

describe('ByteLru', () => {
  it('forgets the least recently used past a number of entries', () => {
    const lru = new ByteLru<string>(Number.POSITIVE_INFINITY, 2)
    lru.set('a', 'A', 1)
    lru.set('b', 'B', 1)
    lru.get('a')
    lru.set('c', 'C', 1)
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['A', undefined, 'C'])
    expect(lru.size).toEqual({ entries: 2, bytes: 2 })
  })
})
