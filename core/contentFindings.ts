/**
 * Content checks' shared words: what conversion notes while it turns a source's HTML into the
 * document model (things it repaired or had to drop), and what a check reports. Conversion lives
 * in server/content/, the rules in the content-check module; both name rules by these ids.
 */

export type FindingSeverity = 'error' | 'warning'

/**
 * Something conversion did to what the editor typed that an editor should know about: content it
 * could not keep (dropped), or a structure it repaired. `excerpt` quotes the passage (plain text,
 * at most about 120 characters).
 */
export interface ConversionNote {
  rule: ConversionRule
  excerpt: string
}

/**
 * Rule ids conversion may emit. The content-check module gives each a severity and its
 * Vietnamese and English message. Add ids here when conversion learns to note something new.
 */
export const CONVERSION_RULES = [
  /** `<video>`/`<audio>` without a usable address was removed. */
  'media-removed',
  /** Inline SVG without a title/description was removed. */
  'svg-removed',
  /** A same-page link pointed at no element: its text was kept, the link dropped. */
  'fragment-link-dead',
  /** Heading levels skipped in the source (repaired to consecutive levels). */
  'heading-skipped',
  /** A paragraph list typed with "-", "•", "1." was made a real list. */
  'list-typed-repaired',
  /** A table without header cells whose first row was bold got a header row. */
  'table-header-repaired',
  /** Content the author hid (`hidden`, `aria-hidden`, inline display:none) held words: dropped, not revealed. */
  'hidden-removed',
  /** Something else was removed by the sanitizer (script, embed, form control, …). */
  'content-removed',
] as const

export type ConversionRule = (typeof CONVERSION_RULES)[number]
