/**
 * Sentence splitting for read-aloud, tuned for Vietnamese news text (English too).
 *
 * Candidate ends come from a regular expression (a full stop, "!", "?" or an ellipsis, any closing
 * quotes or brackets, then a space before a capital, digit or opening quote), or from
 * `Intl.Segmenter` (UAX 29). Both keep "10.09.2019", "1,5" and "05-CT/TW" whole and put closing
 * quotes with their sentence; neither knows Vietnamese abbreviations ("TP. Hà Nội" would end a
 * sentence after "TP."). So their candidates are merged back where the text before the break is an
 * abbreviation, an initial or a list number, and split again after an ellipsis that starts a new
 * sentence. On every sample article both give the same sentences (script.content.test.ts), and
 * the regular expression is about eight times faster, so it is the default for Vietnamese and
 * English; `Intl.Segmenter` is used for other languages, where its rules help.
 */
import { isLocale } from '../../core/locale'

export interface SentenceSpan {
  /** Offsets into the text the sentence came from (end exclusive), trailing spaces excluded. */
  start: number
  end: number
}

/**
 * Words that end with a full stop without ending a sentence. Case matters: "TP." is Thành phố,
 * "tr." is trang (page). "v.v." and "etc." are not here: they end a sentence when a capital follows.
 */
const ABBREVIATIONS = new Set([
  // Vietnamese titles and places
  'TP', 'Tp', 'TX', 'TT', 'TS', 'ThS', 'Th', 'PGS', 'GS', 'BS', 'KS', 'CN', 'NSND', 'NSƯT', 'NS', 'LS', 'Q', 'P',
  'Nxb', 'NXB', 'tr', 'Tr', 'ĐT', 'Đt', 'Tel', 'Fax', 'St', 'Đ/c', 'đ/c',
  // English
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'No', 'Nos', 'Vol', 'pp', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'Fig', 'Jan', 'Feb',
  'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mt',
])

/** A capital letter, a digit, or an opening quote or bracket before one: how a sentence starts. */
const SENTENCE_START = /^[\s]*["“‘«(\[]?[\p{Lu}\p{N}]/u
const ELLIPSIS_BREAK = /(?:…|\.{3})["”’»)]*\s+(?=["“‘«(]?\p{Lu})/gu
const FALLBACK_BREAK = /[.!?…]+["”’»)\]]*\s+(?=["“‘«(\[]?[\p{Lu}\p{N}])/gu

const segmenters = new Map<string, Intl.Segmenter>()
function segmenterFor(lang: string): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

/** Candidate sentence ends (offsets just past the trailing whitespace). */
function candidateEnds(text: string, lang: string, useSegmenter: boolean): number[] {
  const ends: number[] = []
  const segmenter = useSegmenter ? segmenterFor(lang) : undefined
  if (segmenter) {
    for (const { index, segment } of segmenter.segment(text)) ends.push(index + segment.length)
  } else {
    for (const match of text.matchAll(FALLBACK_BREAK)) ends.push(match.index + match[0].length)
    ends.push(text.length)
  }
  return ends
}

/** The word just before a full stop at `dot` ("TP", "ThS", "5"), without opening punctuation. */
function wordBefore(text: string, dot: number): string {
  let from = dot
  while (from > 0 && !/[\s("“‘«[]/u.test(text[from - 1]!)) from--
  return text.slice(from, dot)
}

/** Is the break after `piece` a false one: an abbreviation, an initial, a list number? */
function isFalseBreak(text: string, start: number, end: number): boolean {
  const piece = text.slice(start, end).trimEnd()
  if (!piece.endsWith('.') || piece.endsWith('..')) return false
  if (!SENTENCE_START.test(text.slice(end))) return end < text.length // a lower-case word goes on
  const word = wordBefore(text, start + piece.length - 1)
  if (ABBREVIATIONS.has(word)) return true
  if (/^\p{L}$/u.test(word)) return true // an initial: "Nguyễn V. An", "a. Mục tiêu"
  // "1. Mở đầu", "Điều 5. Phạm vi", "Chương II. Nhiệm vụ": a number ending a one- or two-word piece is a label.
  return /^(?:\d{1,3}|[IVXLC]{1,6})$/u.test(word) && piece.trim().split(/\s+/u).length <= 2
}

/** Sentence spans of one block of text. */
export function splitSentences(text: string, lang = 'vi', options: { useSegmenter?: boolean } = {}): SentenceSpan[] {
  const ends = candidateEnds(text, lang, options.useSegmenter ?? !isLocale(lang.split('-')[0]))
  const spans: SentenceSpan[] = []
  let start = 0
  for (const end of ends) {
    if (end < text.length && isFalseBreak(text, start, end)) continue
    pushSplitAtEllipses(text, start, end, spans)
    start = end
  }
  return spans
}

function pushSplitAtEllipses(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  const piece = text.slice(start, end)
  let from = 0
  for (const match of piece.matchAll(ELLIPSIS_BREAK)) {
    pushTrimmed(text, start + from, start + match.index + match[0].length, spans)
    from = match.index + match[0].length
  }
  pushTrimmed(text, start + from, end, spans)
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  if (end > start) spans.push({ start, end })
}

/**
 * What a voice should say for a sentence: the closing mark of Vietnamese official texts ("./.")
 * and runs of dots are read as a plain full stop, not "chấm gạch chéo chấm".
 */
export function spokenForm(sentence: string): string {
  return sentence.replace(/\.\/\.$/u, '.').replace(/\.{4,}/gu, '…').trim()
}

/**
 * Long sentences in utterance-sized chunks (Chromium's network voices stop after ~15 s), of about
 * even length so no two-word tail is left over: each cut is at the ";", ":" or "," nearest the
 * even share, else at the space nearest it, never inside a word and never past `max`.
 */
export function utteranceChunks(sentence: string, max = 200): string[] {
  const chunks: string[] = []
  let rest = sentence.trim()
  while (rest.length > max) {
    const target = rest.length / Math.ceil(rest.length / max)
    const nearest = (pattern: RegExp, from: number): number => {
      let best = -1
      for (const match of rest.slice(0, max).matchAll(pattern)) {
        const cut = match.index + 1
        if (cut >= from && (best === -1 || Math.abs(cut - target) < Math.abs(best - target))) best = cut
      }
      return best
    }
    let cut = nearest(/[,;:] /gu, target / 2)
    if (cut === -1) cut = nearest(/ /gu, 1)
    if (cut === -1) cut = max
    chunks.push(rest.slice(0, cut).trim())
    rest = rest.slice(cut).trim()
  }
  if (rest) chunks.push(rest)
  return chunks
}
