import { isLocale, type Locale } from '../../core/locale'
import { LANGUAGE_TAG_PATTERN, SLUG_PATTERN } from '../../core/patterns'
import { STORAGE_KEYS, asRecord, parseJson, persisted } from '../storage/persisted'

/**
 * Where the reader stopped in each article, kept on this device only. A position is a body block
 * (section and paragraph), never pixels, so it survives a text-size or width change. Read
 * forgivingly entry by entry like the preferences: a corrupt, hostile or old entry is dropped, the
 * rest are kept.
 */
export const POSITIONS_VERSION = 2
/** Less than this is a glance; more is finished: neither is worth offering to resume. */
export const MIN_PERCENT = 2
export const MAX_PERCENT = 95
export const MAX_ENTRIES = 30

export interface ReadingPosition {
  slug: string
  title: string
  language: Locale
  /** As on ArticleSummary: the title's own language when it is neither vi nor en. */
  textLanguage?: string
  /** Index of the top-level body block the reader had reached. */
  block: number
  /** The section that block is in, for "Đọc tiếp từ «…»"; null before the first heading. */
  section: { id: string; title: string } | null
  percent: number
  readingMinutes: number
  /** Epoch milliseconds; the list is most recent first. */
  savedAt: number
}

export interface PositionsState {
  /** The reader can turn the history off in Settings. */
  enabled: boolean
  entries: ReadingPosition[]
}

export const EMPTY_POSITIONS: PositionsState = { enabled: true, entries: [] }

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max
const isLanguageTag = (value: unknown): value is string => isText(value, 35) && LANGUAGE_TAG_PATTERN.test(value)
const isCount = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max

export const isWorthKeeping = (percent: number): boolean => percent >= MIN_PERCENT && percent <= MAX_PERCENT

function parseSection(value: unknown): ReadingPosition['section'] | undefined {
  if (value === null) return null
  const record = asRecord(value)
  return isText(record.id, 200) && isText(record.title, 300) ? { id: record.id, title: record.title } : undefined
}

/** One stored entry, or undefined when any field is missing, out of range or hostile. */
export function parseEntry(value: unknown): ReadingPosition | undefined {
  const r = asRecord(value)
  const section = parseSection(r.section)
  if (!(isText(r.slug, 200) && SLUG_PATTERN.test(r.slug)) || !isText(r.title, 300) || !isLocale(r.language)) return undefined
  if (!isCount(r.block, 10_000) || section === undefined || !isCount(r.readingMinutes, 1000) || !isCount(r.savedAt, 8.64e15)) return undefined
  if (typeof r.percent !== 'number' || !isWorthKeeping(r.percent)) return undefined
  return { slug: r.slug, title: r.title, language: r.language, ...(isLanguageTag(r.textLanguage) ? { textLanguage: r.textLanguage } : {}),
    block: r.block, section, percent: r.percent, readingMinutes: r.readingMinutes, savedAt: r.savedAt }
}

/**
 * Version 1 (the first shape written, before the history could be switched off) was a bare array
 * of entries with `paragraph` for `block` and `at` for `savedAt`; it carries over with history on.
 */
function migrate(stored: unknown): Record<string, unknown> {
  if (Array.isArray(stored)) {
    return { enabled: true, entries: stored.map((e) => { const r = asRecord(e); return { ...r, block: r.paragraph, savedAt: r.at } }) }
  }
  return asRecord(stored)
}

export function parsePositions(raw: string | null): PositionsState {
  const record = migrate(parseJson(raw))
  const seen = new Set<string>()
  const entries = (Array.isArray(record.entries) ? record.entries : [])
    .map(parseEntry)
    .filter((e): e is ReadingPosition => e !== undefined)
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((e) => !seen.has(e.slug) && Boolean(seen.add(e.slug))) // the newest of duplicates
    .slice(0, MAX_ENTRIES)
  return { enabled: record.enabled !== false, entries: record.enabled === false ? [] : entries }
}

export const serializePositions = (state: PositionsState): string =>
  JSON.stringify({ version: POSITIONS_VERSION, enabled: state.enabled, entries: state.entries })

/** The list with this position first (replacing the article's older one), capped in length. */
export function withPosition(entries: readonly ReadingPosition[], position: ReadingPosition): ReadingPosition[] {
  return [position, ...entries.filter((e) => e.slug !== position.slug)].slice(0, MAX_ENTRIES)
}

export const withoutPosition = (entries: readonly ReadingPosition[], slug: string): ReadingPosition[] =>
  entries.filter((e) => e.slug !== slug)

/** "còn khoảng N phút": never less than one while anything is left. */
export const minutesLeft = (position: Pick<ReadingPosition, 'percent' | 'readingMinutes'>): number =>
  Math.max(1, Math.round((position.readingMinutes * (100 - position.percent)) / 100))

/**
 * Writes the state; when storage is full, drops the oldest entries half at a time until it fits.
 * Returns what was stored, or undefined when nothing could be (the state then lives in memory).
 */
export function persistPositions(state: PositionsState, write: (value: PositionsState) => boolean): PositionsState | undefined {
  let entries = state.entries
  for (;;) {
    const candidate = { enabled: state.enabled, entries }
    if (write(candidate)) return candidate
    if (!entries.length) return undefined
    entries = entries.slice(0, Math.floor(entries.length / 2))
  }
}

export const storedPositions = persisted(STORAGE_KEYS.readingPositions, { decode: parsePositions, encode: serializePositions })
