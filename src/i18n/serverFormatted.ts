import { inject } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { APP_CONTEXT } from '../ssr/context'
import type { Locale } from '../../core/locale'
import { spokenDateTime } from './dates'
import { formatPercent, numberFormat } from './formats'

/**
 * Numbers and dates as the server formatted them, reused while the browser hydrates.
 *
 * The first `Intl` formatter a page builds costs 35–70 ms of a mid-range phone's main thread (ICU
 * loads its locale data): measured here as the largest single task of hydrating Home or an article
 * under a 4× slower CPU. The server records every string it formats into the hydration data, and
 * the browser takes the string from there when asked for the very same value, so hydrating builds
 * no formatter at all, and both sides show the server's exact characters (Node's ICU and the
 * browser's can differ by a space, which would be a hydration mismatch). Any other value (a text
 * size chosen later, a client-side page) is formatted by the browser as usual.
 */
export type FormattedStrings = Record<string, string>

export interface Formatters {
  /** A share (0–1) as a percentage in the interface language. */
  percent: (share: number, maximumFractionDigits?: number) => string
  /** An instant as a person would say it (see `spokenDateTime`). */
  dateTime: (iso: string) => string
  number: (value: number, options: Intl.NumberFormatOptions) => string
}

export function useFormatters(): Formatters {
  const strings = inject(APP_CONTEXT, undefined)?.formatted
  const { locale } = useI18n()
  const remember = (key: string, format: () => string): string => {
    const known = strings?.[key]
    if (known !== undefined) return known
    const text = format()
    if (import.meta.env.SSR && strings) strings[key] = text
    return text
  }
  return {
    percent: (share, digits = 0) =>
      remember(`percent ${locale.value} ${digits} ${share}`, () => formatPercent(locale.value, share, digits)),
    dateTime: (iso) => remember(`time ${locale.value} ${iso}`, () => spokenDateTime(iso, locale.value as Locale)),
    number: (value, options) =>
      remember(`number ${locale.value} ${JSON.stringify(options)} ${value}`, () => numberFormat(locale.value, options).format(value)),
  }
}
