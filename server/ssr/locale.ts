import { LOCALE_COOKIE, type Locale } from '../../src/stores/preferencesStorage'

export { LOCALE_COOKIE }

/** The interface language from the reader's cookie (written by the app, or by the language link); else Vietnamese. */
export function readLocale(cookieHeader: string | undefined): { locale: Locale; fromCookie: boolean } {
  const match = /(?:^|;\s*)lectern-locale=(vi|en)(?:;|$)/.exec(cookieHeader ?? '')
  return match ? { locale: match[1] as Locale, fromCookie: true } : { locale: 'vi', fromCookie: false }
}
