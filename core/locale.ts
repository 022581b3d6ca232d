/** The interface and content languages Lectern knows: Vietnamese first, English too. */
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** The interface language, for the server (which cannot read localStorage); written by the app and the language links. */
export const LOCALE_COOKIE = 'lectern-locale'
