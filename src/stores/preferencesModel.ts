import { DEFAULT_LOCALE, LOCALES } from '../../core/locale'
import { STORAGE_KEYS, asRecord, parseJson, persisted } from '../storage/persisted'

/**
 * Reader preferences: the choices, their defaults, and how they are stored in localStorage. Reading is forgiving field by field: a corrupt,
 * out-of-range, old or hostile value falls back to that field's default and never breaks the
 * page. The inline script in index.html reads the same key before the app loads and applies the
 * same rules (`inlineScript.test.ts` runs it against `parsePreferences` to keep them in step).
 */
export const PREFERENCES_VERSION = 2

export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2, 2.5, 3] as const
export const LINE_HEIGHTS = [1.5, 1.6, 1.8, 2] as const
/** In em; the largest of each is the WCAG 1.4.12 value. */
export const LETTER_SPACINGS = [0, 0.06, 0.12] as const
export const WORD_SPACINGS = [0, 0.08, 0.16] as const
export const PARAGRAPH_SPACINGS = [1, 1.5, 2] as const
export const FONTS = ['system', 'serif', 'legible'] as const
export const THEMES = ['auto', 'light', 'dark', 'sepia', 'contrast'] as const
export const LINE_LENGTHS = ['narrow', 'medium', 'wide'] as const
export const MOTIONS = ['auto', 'reduce', 'allow'] as const

/** Every preference and the values it may take: what validation accepts and the settings offer. */
export const CHOICES = {
  textScale: TEXT_SCALES,
  lineHeight: LINE_HEIGHTS,
  letterSpacing: LETTER_SPACINGS,
  wordSpacing: WORD_SPACINGS,
  paragraphSpacing: PARAGRAPH_SPACINGS,
  font: FONTS,
  theme: THEMES,
  lineLength: LINE_LENGTHS,
  motion: MOTIONS,
  locale: LOCALES,
  keyboardShortcuts: [true, false],
} as const

export type Preferences = { -readonly [K in keyof typeof CHOICES]: (typeof CHOICES)[K][number] }
export type PreferenceKey = keyof Preferences
export type TextScale = Preferences['textScale']
export type Theme = Preferences['theme']
export type Font = Preferences['font']

export const DEFAULT_PREFERENCES: Readonly<Preferences> = {
  textScale: 1,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  paragraphSpacing: 1,
  font: 'system',
  theme: 'auto',
  lineLength: 'medium',
  motion: 'auto',
  locale: DEFAULT_LOCALE,
  keyboardShortcuts: true,
}

export const PREFERENCE_KEYS = Object.keys(CHOICES) as PreferenceKey[]

export const isChoice = <K extends PreferenceKey>(key: K, value: unknown): value is Preferences[K] =>
  (CHOICES[key] as readonly unknown[]).includes(value)

/**
 * Brings an older stored shape up to the current one. Version 1 held only `textScale` and
 * `locale`, with the same meanings as now, so they carry over and the rest take defaults.
 * Anything unversioned or from an unknown version is read field by field all the same: a
 * value that still validates is the reader's choice and worth keeping.
 */
function migrate(record: Record<string, unknown>): Record<string, unknown> {
  if (record.version === 1) return { textScale: record.textScale, locale: record.locale }
  return record
}

export function parsePreferences(raw: string | null): Preferences {
  const record = migrate(asRecord(parseJson(raw)))
  const result = { ...DEFAULT_PREFERENCES }
  for (const key of PREFERENCE_KEYS) {
    // Own properties only: a stored "__proto__" or inherited name is never read as a choice.
    const value = Object.hasOwn(record, key) ? record[key] : undefined
    if (isChoice(key, value)) (result as Record<PreferenceKey, unknown>)[key] = value
  }
  return result
}

/** Only known fields, in a fixed order: what is written back is always clean. */
export const serializePreferences = (preferences: Preferences): string =>
  JSON.stringify(Object.fromEntries([['version', PREFERENCES_VERSION], ...PREFERENCE_KEYS.map((k) => [k, preferences[k]])]))

export const storedPreferences = persisted(STORAGE_KEYS.preferences, { decode: parsePreferences, encode: serializePreferences })

/** The next step up or down the text-size ladder (clamped at its ends). */
export function stepTextScale(current: TextScale, direction: 1 | -1): TextScale {
  const index = TEXT_SCALES.indexOf(current)
  const next = Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))
  return TEXT_SCALES[next]!
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * What preferences look like on <html>: numbers as custom properties (`--line-height: 1.8`,
 * multiplied by a unit in CSS), named choices as data attributes (`data-theme="sepia"`) that the
 * stylesheets turn into tokens, the language as `lang`. `keyboardShortcuts` changes behaviour,
 * not looks, so it stays in the store.
 */
export function rootState(preferences: Preferences): { properties: Record<string, string>; attributes: Record<string, string> } {
  const properties: Record<string, string> = {}
  const attributes: Record<string, string> = { lang: preferences.locale }
  for (const key of PREFERENCE_KEYS) {
    const value = preferences[key]
    if (key === 'locale' || key === 'keyboardShortcuts') continue
    if (typeof value === 'number') properties[`--${kebab(key)}`] = String(value)
    else attributes[`data-${kebab(key)}`] = String(value)
  }
  return { properties, attributes }
}
