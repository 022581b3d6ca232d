import type { ContentRule, Glossary } from '../rule'

/** Where abbreviations may be: two Latin capitals (or Đ) in a row, found without Unicode classes (fast over a whole archive). */
const CANDIDATE = /[A-ZĐ][A-ZĐ]/g
const ROMAN = /^[IVXLCDM]+$/
const isCapital = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase()
const isWordCharacter = (c: string | undefined): boolean => c !== undefined && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'))

/**
 * Two to eight capitals (Vietnamese ones too: HĐND) standing alone as a word; not part of a
 * document number ("12/KH-UBND", "05-CT/TW"), which is a reference, not something to expand.
 */
export function abbreviationsIn(text: string): string[] {
  const found: string[] = []
  CANDIDATE.lastIndex = 0
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    let start = match.index
    let end = start + 2
    while (isCapital(text[start - 1])) start--
    while (isCapital(text[end])) end++
    CANDIDATE.lastIndex = end
    const before = text[start - 1]
    const after = text[end]
    if (isWordCharacter(before) || isWordCharacter(after) || before === '/' || before === '-' || after === '/' || after === '-' || end - start > 8) continue
    found.push(text.slice(start, end))
  }
  return found
}
/** A passage mostly in capitals is shouting, not abbreviating (text-all-caps reports it). */
const mostlyCapitals = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 20 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6
}

/** The abbreviations used bare in the text, with the glossary's expansion when it has one. */
export function unexpandedAbbreviations(bareText: readonly string[], allText: string, glossary: Glossary): { abbreviation: string; expansion?: string }[] {
  const seen = new Map<string, string | undefined>()
  let lower: string | undefined
  for (const text of bareText) {
    const candidates = abbreviationsIn(text)
    if (!candidates.length || mostlyCapitals(text)) continue
    for (const abbreviation of candidates) {
      if (seen.has(abbreviation) || ROMAN.test(abbreviation)) continue
      const expansion = glossary.get(abbreviation)
      // Expanded in the article: the glossary's words appear, or the editor wrote "Words (ABBR)".
      const expanded = allText.includes(`(${abbreviation})`) || (expansion !== undefined && (lower ??= allText.toLowerCase()).includes(expansion.toLowerCase()))
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
      vi: 'Chữ viết tắt không được viết đầy đủ ở đâu trong bài: nhiều người đọc (và trình đọc màn hình) không biết nó nghĩa là gì. Viết đầy đủ ở lần đầu, '
        + 'ví dụ "Ủy ban nhân dân (UBND)"; thêm nó vào content/glossary.yml để Lectern đọc to đúng.',
      en: 'An abbreviation is never written out in the article: many readers (and screen readers) do not know what it means. Write it out the first time, '
        + 'e.g. "People\'s Committee (UBND)"; add it to content/glossary.yml so read-aloud says it right.',
    },
    check: ({ scan, glossary }) => unexpandedAbbreviations(scan.bareText, scan.allText, glossary)
      .map(({ abbreviation, expansion }) => (expansion ? `${abbreviation} → ${expansion}` : abbreviation)),
  },
]
