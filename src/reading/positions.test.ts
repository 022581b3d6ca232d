import { describe, expect, it } from 'vitest'
import {
  MAX_ENTRIES, minutesLeft, parsePositions, persistPositions, serializePositions, withPosition, withoutPosition, type PositionsState, type ReadingPosition,
} from './positions'

const entry = (slug: string, savedAt: number, over: Partial<ReadingPosition> = {}): ReadingPosition => ({
  slug, title: `Bài ${slug}`, language: 'vi', block: 4, section: { id: 'ke-hoach', title: 'Kế hoạch' }, percent: 40, readingMinutes: 6, savedAt, ...over,
})

describe('parsePositions', () => {
  it('reads back what it wrote, most recent first', () => {
    const state = { enabled: true, entries: [entry('b', 2), entry('a', 1)] }
    expect(parsePositions(serializePositions(state))).toEqual(state)
    const stored = JSON.stringify({ version: 2, enabled: true, entries: [entry('a', 1), entry('b', 2)] })
    expect(parsePositions(stored).entries.map((e) => e.slug)).toEqual(['b', 'a'])
  })

  it('starts empty with history on when nothing, garbage or the wrong type is stored', () => {
    for (const raw of [null, '', '{', 'null', '42', '"x"', '{"entries": "nope"}']) {
      expect(parsePositions(raw)).toEqual({ enabled: true, entries: [] })
    }
  })

  it('drops bad entries one by one and keeps the good ones', () => {
    const bad = [
      { ...entry('x', 1), slug: '../../etc' }, { ...entry('x', 1), slug: '<img src=x onerror=alert(1)>' },
      { ...entry('x', 1), percent: 1 }, { ...entry('x', 1), percent: 99 }, { ...entry('x', 1), percent: '40' },
      { ...entry('x', 1), block: -1 }, { ...entry('x', 1), block: 1.5 }, { ...entry('x', 1), language: 'fr' },
      { ...entry('x', 1), section: { id: '', title: 'x' } }, { ...entry('x', 1), title: '' }, { ...entry('x', 1), readingMinutes: null },
      null, 7, 'entry', [],
    ]
    const state = parsePositions(JSON.stringify({ version: 2, enabled: true, entries: [...bad, entry('good', 5, { section: null })] }))
    expect(state.entries).toEqual([entry('good', 5, { section: null })])
  })

  it('keeps the newest of two entries for the same article and at most MAX_ENTRIES', () => {
    const many = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => entry(`a${i}`, i))
    const state = parsePositions(JSON.stringify({ version: 2, enabled: true, entries: [entry('a1', 999, { percent: 80 }), ...many] }))
    expect(state.entries).toHaveLength(MAX_ENTRIES)
    expect(state.entries[0]).toMatchObject({ slug: 'a1', percent: 80 })
    expect(state.entries.filter((e) => e.slug === 'a1')).toHaveLength(1)
  })

  it('migrates version 1 (a bare array with paragraph and at) with history on', () => {
    const { block, savedAt, ...rest } = entry('old', 10)
    const v1 = JSON.stringify([{ ...rest, paragraph: block, at: savedAt }])
    expect(parsePositions(v1)).toEqual({ enabled: true, entries: [entry('old', 10)] })
  })

  it('holds no entries when the history is off, whatever is stored', () => {
    expect(parsePositions(JSON.stringify({ version: 2, enabled: false, entries: [entry('a', 1)] }))).toEqual({ enabled: false, entries: [] })
  })
})

describe('the list', () => {
  it('puts the latest position first and replaces the article\'s older one', () => {
    const list = withPosition([entry('a', 1), entry('b', 2)], entry('b', 3, { percent: 60 }))
    expect(list.map((e) => [e.slug, e.percent])).toEqual([['b', 60], ['a', 40]])
    expect(withoutPosition(list, 'b').map((e) => e.slug)).toEqual(['a'])
  })

  it('says how many minutes are left, never less than one', () => {
    expect(minutesLeft({ percent: 40, readingMinutes: 7 })).toBe(4)
    expect(minutesLeft({ percent: 95, readingMinutes: 2 })).toBe(1)
  })
})

describe('persistPositions when storage is full', () => {
  const quota = (limit: number) => {
    const writes: string[] = []
    const write = (state: PositionsState) => {
      const value = serializePositions(state)
      return value.length <= limit ? (writes.push(value), true) : false
    }
    return { writes, write }
  }

  it('writes everything when it fits', () => {
    const storage = quota(1e6)
    const state = { enabled: true, entries: [entry('a', 2), entry('b', 1)] }
    expect(persistPositions(state, storage.write)).toEqual(state)
    expect(storage.writes).toHaveLength(1)
  })

  it('drops the oldest entries until the rest fit, keeping the newest', () => {
    const entries = Array.from({ length: 8 }, (_, i) => entry(`a${i}`, 100 - i))
    const oneEntry = serializePositions({ enabled: true, entries: entries.slice(0, 1) }).length
    const stored = persistPositions({ enabled: true, entries }, quota(oneEntry * 2.5).write)
    expect(stored?.entries.map((e) => e.slug)).toEqual(['a0', 'a1'])
  })

  it('gives up (the state stays in memory) when not even an empty list can be written', () => {
    expect(persistPositions({ enabled: true, entries: [entry('a', 1)] }, () => false)).toBeUndefined()
  })
})

describe('a reading position in another language (a synced page)', () => {
  it('keeps its own text language, and drops a malformed one from its entry, never the entry', () => {
    const french = entry('fr', 3, { language: 'en', textLanguage: 'fr' })
    expect(parsePositions(serializePositions({ enabled: true, entries: [french] })).entries).toEqual([french])
    const stored = JSON.stringify({ version: 2, enabled: true, entries: [{ ...entry('a', 1), textLanguage: 'x'.repeat(50) }] })
    expect(parsePositions(stored).entries).toEqual([entry('a', 1)])
  })
})
