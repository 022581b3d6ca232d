/** The interface and content languages Lectern knows: Vietnamese first, English too. */
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = LOCALES[0]

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** The language an article's text is in, for its `lang` and its voice: its own tag when it has one (see ArticleSummary). */
export const textLanguageOf = (article: { language: Locale; textLanguage?: string }): string => article.textLanguage ?? article.language

/** The interface language, for the server (which cannot read localStorage); written by the app and the language links. */
export const LOCALE_COOKIE = 'lectern-locale'

/** The cookie as written (by `document.cookie` and by the server's Set-Cookie): a year, the whole site. */
export const localeCookie = (locale: Locale): string => `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`

/** The language a Cookie header names, if it names one Lectern knows. */
export function localeFromCookieHeader(header: string | undefined): Locale | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === LOCALE_COOKIE && isLocale(value)) return value
  }
  return undefined
}
