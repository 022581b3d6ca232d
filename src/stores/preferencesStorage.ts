/**
 * Reader preferences as stored in localStorage. Reading is forgiving field by field: a corrupt,
 * out-of-range or hostile value falls back to that field's default and never breaks the page.
 * The inline script in index.html reads the same key before the app loads: keep them in step.
 */
export const STORAGE_KEY = 'lectern.preferences'
export const PREFERENCES_VERSION = 1

export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2, 2.5, 3] as const
export type TextScale = (typeof TEXT_SCALES)[number]
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export interface Preferences {
  textScale: TextScale
  locale: Locale
  /** Single-key shortcuts can be switched off (WCAG 2.1.4), e.g. for speech-input users. */
  keyboardShortcuts: boolean
}

export const DEFAULT_PREFERENCES: Preferences = { textScale: 1, locale: 'vi', keyboardShortcuts: true }

const isTextScale = (value: unknown): value is TextScale => TEXT_SCALES.includes(value as TextScale)
const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

export function parsePreferences(raw: string | null): Preferences {
  let stored: unknown
  try {
    stored = raw === null ? {} : JSON.parse(raw)
  } catch {
    stored = {}
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {}
  return {
    textScale: isTextScale(record.textScale) ? record.textScale : DEFAULT_PREFERENCES.textScale,
    locale: isLocale(record.locale) ? record.locale : DEFAULT_PREFERENCES.locale,
    keyboardShortcuts: typeof record.keyboardShortcuts === 'boolean' ? record.keyboardShortcuts : DEFAULT_PREFERENCES.keyboardShortcuts,
  }
}

export const serializePreferences = (preferences: Preferences): string =>
  JSON.stringify({ version: PREFERENCES_VERSION, ...preferences })

/** The next step up or down the text-size ladder (clamped at its ends). */
export function stepTextScale(current: TextScale, direction: 1 | -1): TextScale {
  const index = TEXT_SCALES.indexOf(current)
  const next = Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))
  return TEXT_SCALES[next]!
}
