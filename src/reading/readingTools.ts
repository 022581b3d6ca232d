import { STORAGE_KEYS, asRecord, persisted, storedRecord } from '../storage/persisted'

/** The listening and line-focus choices, kept across visits, validated field by field on read. */
export const READING_TOOLS_VERSION = 1

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const
export const LINE_FOCUS = [0, 1, 3, 5] as const

export interface ReadingTools {
  speed: (typeof SPEEDS)[number]
  /**
   * A voice's `voiceURI` per language (its primary subtag: vi, en, and fr or zh for a synced page in
   * French or Chinese); missing means "the best voice for the language".
   */
  voices: Partial<Record<string, string>>
  /** Lines left clear by line focus; 0 is off. */
  lineFocus: (typeof LINE_FOCUS)[number]
}

export const DEFAULT_READING_TOOLS: Readonly<ReadingTools> = { speed: 1, voices: {}, lineFocus: 0 }

const isVoiceUri = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500
/** A primary language subtag; a few of them at most (a reader does not listen in fifty languages). */
const isVoiceLanguage = (key: string): boolean => /^[a-z]{2,3}$/.test(key)
const MAX_VOICES = 16

export function parseReadingTools(raw: string | null): ReadingTools {
  const r = storedRecord(raw)
  const voices = asRecord(r.voices)
  return {
    speed: (SPEEDS as readonly unknown[]).includes(r.speed) ? (r.speed as ReadingTools['speed']) : DEFAULT_READING_TOOLS.speed,
    voices: Object.fromEntries(Object.entries(voices)
      .filter((entry): entry is [string, string] => isVoiceLanguage(entry[0]) && isVoiceUri(entry[1])).slice(0, MAX_VOICES)),
    lineFocus: (LINE_FOCUS as readonly unknown[]).includes(r.lineFocus) ? (r.lineFocus as ReadingTools['lineFocus']) : DEFAULT_READING_TOOLS.lineFocus,
  }
}

export const serializeReadingTools = (tools: ReadingTools): string =>
  JSON.stringify({ version: READING_TOOLS_VERSION, speed: tools.speed, voices: tools.voices, lineFocus: tools.lineFocus })

export const storedReadingTools = persisted(STORAGE_KEYS.readingTools, { decode: parseReadingTools, encode: serializeReadingTools })
