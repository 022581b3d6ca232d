import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, parsePreferences, serializePreferences, stepTextScale } from './preferencesStorage'

describe('stored reading preferences', () => {
  it('round-trips valid preferences', () => {
    const preferences = { textScale: 2, locale: 'en', keyboardShortcuts: false } as const
    expect(parsePreferences(serializePreferences(preferences))).toEqual(preferences)
  })

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"textScale":'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
    ['an array', '[1,2]'],
  ])('falls back to defaults for %s', (_case, raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES)
  })

  it('replaces only the bad field', () => {
    expect(parsePreferences('{"textScale":42,"locale":"en"}')).toEqual({ textScale: 1, locale: 'en', keyboardShortcuts: true })
    expect(parsePreferences('{"textScale":1.5,"locale":"<img src=x>","keyboardShortcuts":"no"}')).toEqual({ textScale: 1.5, locale: 'vi', keyboardShortcuts: true })
    expect(parsePreferences('{"textScale":"2","locale":"vi","__proto__":{"x":1}}')).toEqual({ textScale: 1, locale: 'vi', keyboardShortcuts: true })
  })

  it('steps text size along the ladder and stops at its ends', () => {
    expect(stepTextScale(1, 1)).toBe(1.125)
    expect(stepTextScale(1, -1)).toBe(0.875)
    expect(stepTextScale(0.875, -1)).toBe(0.875)
    expect(stepTextScale(3, 1)).toBe(3)
  })
})
