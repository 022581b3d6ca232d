import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_TOOLS, parseReadingTools, serializeReadingTools } from './readingTools'

describe('parseReadingTools', () => {
  it('reads back speed, voices and line focus', () => {
    const tools = { speed: 1.5, voices: { vi: 'Microsoft HoaiMy Online', en: 'Google UK English Female' }, lineFocus: 3 } as const
    expect(parseReadingTools(serializeReadingTools(tools))).toEqual(tools)
  })

  it('falls back field by field on bad or hostile values', () => {
    expect(parseReadingTools('{')).toEqual(DEFAULT_READING_TOOLS)
    expect(parseReadingTools(JSON.stringify({ speed: 9, voices: { vi: 42, en: 'x'.repeat(600), __proto__: 'p' }, lineFocus: 2 })))
      .toEqual(DEFAULT_READING_TOOLS)
    expect(parseReadingTools(JSON.stringify({ speed: 0.75, voices: [], lineFocus: 5 }))).toEqual({ speed: 0.75, voices: {}, lineFocus: 5 })
  })

  it('keeps a voice for another language a synced page is in (French), by its primary subtag, and no more than sixteen', () => {
    const tools = { speed: 1, voices: { vi: 'Microsoft HoaiMy Online', fr: 'Google français' }, lineFocus: 0 } as const
    expect(parseReadingTools(serializeReadingTools(tools))).toEqual(tools)
    expect(parseReadingTools(JSON.stringify({ voices: { 'fr-FR': 'a', constructor: 'b', FR: 'c', de: 'Anna' } })).voices).toEqual({ de: 'Anna' })
    const letter = (n: number) => String.fromCharCode(97 + n)
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${letter(i % 26)}${letter(Math.floor(i / 26))}`, 'v']))
    expect(Object.keys(parseReadingTools(JSON.stringify({ voices: many })).voices)).toHaveLength(16)
  })
})
