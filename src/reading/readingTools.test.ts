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
})
