import { describe, expect, it } from 'vitest'
import { HYDRATION_ELEMENT_ID, readHydrationState } from './hydration'

const documentWith = (text: string | null): Document =>
  ({ getElementById: (id: string) => (id === HYDRATION_ELEMENT_ID && text !== null ? { textContent: text } : null) }) as unknown as Document

describe('readHydrationState', () => {
  it('keeps the strings the server formatted', () => {
    const state = readHydrationState(documentWith(JSON.stringify({ locale: 'en', formatted: { 'percent en 0 0': '0%' } })))
    expect(state.formatted).toEqual({ 'percent en 0 0': '0%' })
    expect(state.locale).toBe('en')
  })

  it('drops formatted values that are not strings, and a formatted block that is not an object', () => {
    expect(readHydrationState(documentWith(JSON.stringify({ formatted: { a: 'x', b: 7, c: null, d: { e: 1 } } }))).formatted).toEqual({ a: 'x' })
    expect(readHydrationState(documentWith(JSON.stringify({ formatted: ['x'] }))).formatted).toEqual({})
    expect(readHydrationState(documentWith(JSON.stringify({ formatted: 'x' }))).formatted).toEqual({})
  })

  it('starts from defaults without the block, or with a damaged one', () => {
    for (const text of [null, '{not json']) {
      expect(readHydrationState(documentWith(text))).toMatchObject({ locale: 'vi', resources: {}, formatted: {} })
    }
  })
})
