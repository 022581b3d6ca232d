import { STORAGE_KEYS, asRecord, persisted, storedRecord } from '../storage/persisted'

/** The listening and line-focus choices, kept across visits, validated field by field on read. */
export const READING_TOOLS_VERSION = 1

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const
export const LINE_FOCUS = [0, 1, 3, 5] as const

export interface ReadingTools {
  speed: (typeof SPEEDS)[number]
  /** A voice's `voiceURI` per language; missing means "the best voice for the language". */
  voices: { vi?: string; en?: string }
  /** Lines left clear by line focus; 0 is off. */
  lineFocus: (typeof LINE_FOCUS)[number]
}

export const DEFAULT_READING_TOOLS: Readonly<ReadingTools> = { speed: 1, voices: {}, lineFocus: 0 }

const isVoiceUri = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500

export function parseReadingTools(raw: string | null): ReadingTools {
  const r = storedRecord(raw)
  const voices = asRecord(r.voices)
  return {
    speed: (SPEEDS as readonly unknown[]).includes(r.speed) ? (r.speed as ReadingTools['speed']) : DEFAULT_READING_TOOLS.speed,
    voices: {
      ...(isVoiceUri(voices.vi) ? { vi: voices.vi } : {}),
      ...(isVoiceUri(voices.en) ? { en: voices.en } : {}),
    },
    lineFocus: (LINE_FOCUS as readonly unknown[]).includes(r.lineFocus) ? (r.lineFocus as ReadingTools['lineFocus']) : DEFAULT_READING_TOOLS.lineFocus,
  }
}

export const serializeReadingTools = (tools: ReadingTools): string =>
  JSON.stringify({ version: READING_TOOLS_VERSION, speed: tools.speed, voices: tools.voices, lineFocus: tools.lineFocus })

export const storedReadingTools = persisted(STORAGE_KEYS.readingTools, { decode: parseReadingTools, encode: serializeReadingTools })
