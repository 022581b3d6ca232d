import { DEFAULT_LOCALE, localeFromCookieHeader, type Locale } from '../../core/locale'

/** The interface language from the reader's cookie (written by the app, or by the language link); else Vietnamese. */
export function readLocale(cookieHeader: string | undefined): { locale: Locale; fromCookie: boolean } {
  const locale = localeFromCookieHeader(cookieHeader)
  return locale ? { locale, fromCookie: true } : { locale: DEFAULT_LOCALE, fromCookie: false }
}
