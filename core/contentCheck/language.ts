import type { Locale } from '../../core/locale'

/**
 * Tells Vietnamese from English by the text itself. Vietnamese marks most syllables with letters
 * English never uses (ă â đ ê ô ơ ư and five tones), which is a strong signal on its own; common
 * function words decide the rest, including Vietnamese typed without its marks.
 */
export type Language = Locale

export interface Detection {
  language: Language | undefined
  words: number
  /** Share of words with a Vietnamese letter or tone mark. */
  marked: number
}

const VIETNAMESE_LETTERS = 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'
const VIETNAMESE_LETTER = new RegExp(`[${VIETNAMESE_LETTERS}]`, 'u')
const VIETNAMESE_LETTER_ANY_CASE = new RegExp(`[${VIETNAMESE_LETTERS}${VIETNAMESE_LETTERS.toUpperCase()}]`, 'gu')

/**
 * Plainly Vietnamese: at least one Vietnamese letter in ten characters (prose has one in four or
 * five; English naming a few places, Hà Nội, far fewer). A count over the text, without splitting
 * it into words: the fast path when an archive's passages are checked one by one.
 */
export const plainlyVietnamese = (text: string): boolean => (text.match(VIETNAMESE_LETTER_ANY_CASE)?.length ?? 0) * 10 >= text.length
const VI_WORDS = new Set([
  'và', 'của', 'là', 'có', 'không', 'những', 'các', 'được', 'người', 'trong', 'cho', 'này', 'với', 'một', 'đã', 'để', 'khi', 'từ', 'theo', 'về',
  'thì', 'cũng', 'nhưng', 'đến', 'sẽ', 'như', 'tại', 'bị', 'vào', 'lại',
])
const VI_UNMARKED = new Set([
  'va', 'cua', 'la', 'co', 'khong', 'nhung', 'cac', 'duoc', 'nguoi', 'trong', 'cho', 'nay', 'voi', 'mot', 'da', 'de', 'khi', 'tu', 'theo', 've',
  'thi', 'cung', 'den', 'se', 'nhu', 'tai', 'bi', 'vao', 'lai',
])
const EN_WORDS = new Set([
  'the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'are', 'be', 'by', 'this', 'at', 'from', 'or', 'an',
  'have', 'not', 'you', 'which', 'but', 'they', 'their', 'has', 'were', 'will', 'can', 'its', 'we',
])

/** Fewer words than this and the guess is not worth a finding (a page; a passage may use fewer). */
export const MIN_WORDS = 20

export function detectLanguage(text: string, minWords = MIN_WORDS): Detection {
  const words = text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []
  const share = (test: (w: string) => boolean): number => (words.length ? words.filter(test).length / words.length : 0)
  const marked = share((w) => VIETNAMESE_LETTER.test(w))
  const result = (language: Language | undefined): Detection => ({ language, words: words.length, marked: Math.round(marked * 100) / 100 })
  if (words.length < minWords) return result(undefined)
  if (marked >= 0.35 || (marked >= 0.15 && share((w) => VI_WORDS.has(w)) >= 0.1)) return result('vi')
  const english = share((w) => EN_WORDS.has(w))
  const unmarkedVietnamese = share((w) => VI_UNMARKED.has(w))
  // English may carry a few Vietnamese names (Hà Nội, Đà Nẵng): some marks are allowed.
  if (marked < 0.15 && english >= 0.12 && english > unmarkedVietnamese) return result('en')
  if (marked < 0.05 && unmarkedVietnamese >= 0.2 && unmarkedVietnamese > english * 2) return result('vi')
  return result(undefined)
}

/** The primary subtag of a lang attribute: "vi-VN" → "vi". */
export const primaryLanguage = (lang: string): string => lang.trim().toLowerCase().split(/[-_]/)[0] ?? ''
