import { quote, type ContentRule } from '../rule'

/** Shorter than this, capitals are a label or an acronym, not a passage. */
const CAPS_MIN_LETTERS = 20
/** Longer than this, bold or italics stop standing out and get harder to read. */
export const LONG_EMPHASIS = 160

const letters = (text: string): string => text.replace(/[^\p{L}]/gu, '')
const LOWER = /\p{Ll}/u
export const isAllCaps = (text: string): boolean => {
  // One lower-case letter settles it, usually the second character: no need to look further.
  if (LOWER.test(text)) return false
  const only = letters(text)
  return only.length >= CAPS_MIN_LETTERS && only === only.toUpperCase() && only !== only.toLowerCase()
}

export const textRules: ContentRule[] = [
  {
    id: 'text-all-caps',
    severity: 'warning',
    message: {
      vi: 'Cả đoạn viết CHỮ IN HOA: khó đọc, và một số trình đọc màn hình đánh vần từng chữ. Hãy viết chữ thường; muốn nhấn mạnh thì dùng chữ đậm cho vài từ.',
      en: 'A whole passage is in CAPITALS: hard to read, and some screen readers spell it out letter by letter. Write it in normal case; bold a few words '
        + 'for emphasis.',
    },
    check: ({ scan }) => [...scan.paragraphs.map((p) => p.text), ...scan.headings.map((h) => h.text)].filter(isAllCaps).map(quote),
  },
  {
    id: 'text-long-emphasis',
    severity: 'warning',
    message: {
      vi: `Một đoạn dài hơn ${LONG_EMPHASIS} ký tự in đậm hoặc in nghiêng: khó đọc và không còn nổi bật. Chỉ nhấn mạnh vài từ quan trọng.`,
      en: `More than ${LONG_EMPHASIS} characters in bold or italics: hard to read, and nothing stands out any more. Emphasise only the few words that matter.`,
    },
    check: ({ scan }) => scan.emphasis.filter((e) => e.text.length > LONG_EMPHASIS).map((e) => quote(e.text)),
  },
]
