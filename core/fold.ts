/**
 * Vietnamese folding for search: lower case, tone and vowel marks removed, đ/Đ to d.
 * Folding is one code point in, one code point out, so a match found in folded text maps back
 * to the same positions in the original (used to highlight matches in snippets).
 */
export function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd'
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '')
  const lower = base.toLowerCase()
  // Keep the 1:1 mapping even for characters whose lower case is longer (İ → i̇).
  return [...lower].length === 1 ? lower : ch
}

// Folding a character costs a Unicode normalization; text repeats the same few hundred characters,
// so each is folded once. Bounded, because hostile text can hold many distinct code points.
const folded = new Map<string, string>()
const FOLDED_LIMIT = 4096

const foldCached = (ch: string): string => {
  let result = folded.get(ch)
  if (result === undefined) {
    result = foldChar(ch)
    if (folded.size < FOLDED_LIMIT) folded.set(ch, result)
  }
  return result
}

/** Every code point folded; ASCII other than A–Z folds to itself, so only the rest is looked at. */
export function fold(text: string): string {
  return text.replace(/[^\0-@[-\x7f]/gu, foldCached)
}

/** Search terms of a query: folded words of letters and digits, nothing else. */
export function foldedTerms(query: string): string[] {
  return fold(query.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A URL- and id-safe slug from any heading text. */
export function slugify(text: string): string {
  return foldedTerms(text).join('-').replace(/[^a-z0-9-]/g, '').slice(0, 80)
}
