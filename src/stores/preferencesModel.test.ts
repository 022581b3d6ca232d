import { describe, expect, it } from 'vitest'
import {
  CHOICES,
  DEFAULT_PREFERENCES,
  PREFERENCES_VERSION,
  parsePreferences,
  rootState,
  serializePreferences,
  stepTextScale,
  type Preferences,
} from './preferencesModel'

const chosen: Preferences = {
  textScale: 2, lineHeight: 2, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2,
  font: 'legible', theme: 'contrast', lineLength: 'narrow', motion: 'reduce', locale: 'en', keyboardShortcuts: false,
}

describe('stored reading preferences', () => {
  it('round-trips every field, written with the current version', () => {
    const text = serializePreferences(chosen)
    expect(JSON.parse(text)).toMatchObject({ version: PREFERENCES_VERSION })
    expect(parsePreferences(text)).toEqual(chosen)
  })

  it('offers at least 8 text sizes from 87.5 % to 300 %, and 3 of every spacing including the WCAG 1.4.12 values', () => {
    expect(CHOICES.textScale.length).toBeGreaterThanOrEqual(8)
    expect([CHOICES.textScale[0], CHOICES.textScale.at(-1)]).toEqual([0.875, 3])
    expect(CHOICES.lineHeight.length).toBeGreaterThanOrEqual(3)
    expect(CHOICES.lineHeight).toContain(1.5)
    expect(DEFAULT_PREFERENCES.lineHeight).toBeGreaterThanOrEqual(1.5)
    expect(CHOICES.letterSpacing).toContain(0.12)
    expect(CHOICES.wordSpacing).toContain(0.16)
    expect(CHOICES.paragraphSpacing).toContain(2)
    for (const [key, values] of Object.entries(CHOICES)) expect(values, key).toContain(DEFAULT_PREFERENCES[key as keyof Preferences])
  })

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"textScale":'],
    ['a JSON string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['an empty object', '{}'],
  ])('falls back to defaults for %s', (_case, raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES)
  })

  it('replaces only the bad field', () => {
    expect(parsePreferences('{"version":2,"textScale":42,"locale":"en"}')).toEqual({ ...DEFAULT_PREFERENCES, locale: 'en' })
    expect(parsePreferences('{"version":2,"textScale":1.5,"locale":"<img src=x>"}')).toEqual({ ...DEFAULT_PREFERENCES, textScale: 1.5 })
    expect(parsePreferences('{"version":2,"theme":"hotpink","font":"sepia","lineHeight":1.6,"motion":"reduce"}'))
      .toEqual({ ...DEFAULT_PREFERENCES, motion: 'reduce' })
    expect(parsePreferences('{"version":2,"letterSpacing":"0.12","wordSpacing":-1,"paragraphSpacing":null,"keyboardShortcuts":"false"}'))
      .toEqual(DEFAULT_PREFERENCES)
  })

  it('ignores unknown keys and never reads inherited or prototype names', () => {
    const parsed = parsePreferences('{"version":2,"textScale":"2","__proto__":{"textScale":2,"theme":"dark"},"constructor":1,"evil":"x"}')
    expect(parsed).toEqual(DEFAULT_PREFERENCES)
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_PREFERENCES).sort())
    expect(JSON.parse(serializePreferences(parsed))).not.toHaveProperty('evil')
  })

  it('migrates version 1 (text size and language only) and keeps its choices', () => {
    expect(parsePreferences('{"version":1,"textScale":1.5,"locale":"en"}')).toEqual({ ...DEFAULT_PREFERENCES, textScale: 1.5, locale: 'en' })
    // Version 1 had no theme: a field it could not have held is not trusted.
    expect(parsePreferences('{"version":1,"textScale":2,"theme":"dark"}')).toEqual({ ...DEFAULT_PREFERENCES, textScale: 2 })
    expect(parsePreferences('{"version":1,"textScale":99}')).toEqual(DEFAULT_PREFERENCES)
  })

  it('reads an unversioned or future record field by field', () => {
    expect(parsePreferences('{"textScale":2}')).toEqual({ ...DEFAULT_PREFERENCES, textScale: 2 })
    expect(parsePreferences('{"version":9,"theme":"sepia","newThing":true}')).toEqual({ ...DEFAULT_PREFERENCES, theme: 'sepia' })
  })

  it('steps text size along the ladder and stops at its ends', () => {
    expect(stepTextScale(1, 1)).toBe(1.125)
    expect(stepTextScale(1, -1)).toBe(0.875)
    expect(stepTextScale(0.875, -1)).toBe(0.875)
    expect(stepTextScale(3, 1)).toBe(3)
  })

  it('puts numbers on <html> as custom properties and names as data attributes', () => {
    expect(rootState(chosen)).toEqual({
      properties: { '--text-scale': '2', '--line-height': '2', '--letter-spacing': '0.12', '--word-spacing': '0.16', '--paragraph-spacing': '2' },
      attributes: { lang: 'en', 'data-font': 'legible', 'data-theme': 'contrast', 'data-line-length': 'narrow', 'data-motion': 'reduce' },
    })
  })
})
