import { normalizeText } from '../words'
import type { ContentRule, Glossary } from '../rule'

/**
 * Two or more capitals (Vietnamese ones too: HĐND), standing alone as a word; not part of a
 * document number ("12/KH-UBND", "05-CT/TW"), which is a reference, not something to expand.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}/-])\p{Lu}{2,8}(?![\p{L}\p{N}/-])/gu
const ROMAN = /^[IVXLCDM]+$/
/** A passage mostly in capitals is shouting, not abbreviating (text-all-caps reports it). */
const mostlyCapitals = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 20 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6
}

/** The abbreviations used bare in the text, with the glossary's expansion when it has one. */
export function unexpandedAbbreviations(bareText: readonly string[], allText: string, glossary: Glossary): { abbreviation: string; expansion?: string }[] {
  const seen = new Map<string, string | undefined>()
  const folded = normalizeText(allText)
  for (const text of bareText) {
    if (mostlyCapitals(text)) continue
    for (const [abbreviation] of text.matchAll(ABBREVIATION)) {
      if (seen.has(abbreviation) || ROMAN.test(abbreviation)) continue
      const expansion = glossary.get(abbreviation)
      // Expanded in the article: the glossary's words appear, or the editor wrote "Words (ABBR)".
      const expanded = (expansion !== undefined && folded.includes(normalizeText(expansion))) || allText.includes(`(${abbreviation})`)
      seen.set(abbreviation, expanded ? '' : expansion)
    }
  }
  return [...seen].filter(([, expansion]) => expansion !== '').map(([abbreviation, expansion]) => ({ abbreviation, expansion }))
}

export const abbreviationRules: ContentRule[] = [
  {
    id: 'abbreviation-unexpanded',
    severity: 'warning',
    message: {
      vi: 'Chữ viết tắt không được viết đầy đủ ở đâu trong bài: nhiều người đọc (và trình đọc màn hình) không biết nó nghĩa là gì. Viết đầy đủ ở lần đầu, ví dụ "Ủy ban nhân dân (UBND)"; thêm nó vào content/glossary.yml để Lectern đọc to đúng.',
      en: 'An abbreviation is never written out in the article: many readers (and screen readers) do not know what it means. Write it out the first time, e.g. "People\'s Committee (UBND)"; add it to content/glossary.yml so read-aloud says it right.',
    },
    check: ({ scan, glossary }) => unexpandedAbbreviations(scan.bareText, scan.allText, glossary)
      .map(({ abbreviation, expansion }) => (expansion ? `${abbreviation} → ${expansion}` : abbreviation)),
  },
]
