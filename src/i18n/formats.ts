/**
 * Intl formatters, built once per locale and options. Building one costs far more than using it
 * (the first `new Intl.NumberFormat` was the largest single cost of hydrating an article under a
 * 4× slower CPU), and the text-size label, reading progress and dates format on every render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = dateTimeFormats.get(key)
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

/** A share (0–1) as a percentage in the reader's language: "40 %" in Vietnamese, "40%" in English. */
export const formatPercent = (locale: string, share: number, maximumFractionDigits = 0): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share)
