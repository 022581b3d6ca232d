import { franc } from 'franc'
import { detectLanguage, plainlyVietnamese, primaryLanguage } from '../language'
import { quote, type ContentRule } from '../rule'

/** Shorter than this, no detector tells languages apart reliably; such passages are not judged. */
export const MIN_PASSAGE_CHARACTERS = 80
const MIN_PASSAGE_WORDS = 12
const SAMPLE = 320

/** The languages franc may answer (ISO 639-3 → the lang tag an editor would write): fewer candidates, fewer false alarms. */
const FRANC_LANGUAGES: Record<string, string> = {
  vie: 'vi', eng: 'en', fra: 'fr', deu: 'de', spa: 'es', rus: 'ru', cmn: 'zh', jpn: 'ja', kor: 'ko', khm: 'km', lao: 'lo', tha: 'th',
}
const FRANC_ONLY = Object.keys(FRANC_LANGUAGES)

/**
 * The language a passage is written in, when it can be told: the Vietnamese/English detector the
 * deployment audit uses first (it knows Vietnamese marks and function words, and is cheap), then
 * franc for the other languages a portal may quote.
 */
export function passageLanguage(passage: string): string | undefined {
  if (passage.length < MIN_PASSAGE_CHARACTERS) return undefined
  // A passage is one language by construction: its first few hundred characters tell it as well
  // as the whole, at a fraction of the cost over a whole archive.
  const text = passage.length > SAMPLE ? passage.slice(0, passage.lastIndexOf(' ', SAMPLE) + 1 || SAMPLE) : passage
  if (plainlyVietnamese(text)) return 'vi'
  const quick = detectLanguage(text, MIN_PASSAGE_WORDS)
  if (quick.language) return quick.language
  // Mostly Vietnamese-marked words the quick detector could not settle are not another language.
  if (quick.marked >= 0.15 || quick.words < MIN_PASSAGE_WORDS) return undefined
  return FRANC_LANGUAGES[franc(text, { minLength: MIN_PASSAGE_CHARACTERS, only: FRANC_ONLY })]
}

export const languageRules: ContentRule[] = [
  {
    id: 'language-unmarked',
    severity: 'warning',
    message: {
      vi: 'Một đoạn viết bằng ngôn ngữ khác với bài mà không được đánh dấu ngôn ngữ: trình đọc màn hình đọc nó bằng giọng tiếng Việt, rất khó nghe. Hãy '
        + 'đánh dấu ngôn ngữ của đoạn đó (thuộc tính lang, ví dụ lang="en").',
      en: 'A passage in another language than the article is not marked with its language: screen readers read it with the article\'s voice, which is hard '
        + 'to follow. Mark the passage\'s language (the lang attribute, e.g. lang="en").',
    },
    check: ({ scan, language }) => {
      const article = primaryLanguage(language)
      return scan.passages
        .filter((p) => p.lang === undefined)
        .flatMap((p) => {
          const found = passageLanguage(p.text.trim())
          return found && found !== article ? [`${quote(p.text)} [${found}]`] : []
        })
    },
  },
]
