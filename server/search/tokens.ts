/**
 * The words FTS5's unicode61 tokenizer finds in folded text: runs of letters, digits and private-use
 * characters, lower-cased. Folded text is nearly all ASCII, so ASCII is decided by its code and only
 * other characters are asked of the Unicode classes. The score index checks its words against the
 * FTS5 index before it is used (see scoreIndex.ts), so a character decided differently here can
 * never change a search's order: it only leaves the score index unused.
 */
const WORD_CHAR = /^[\p{L}\p{N}\p{Co}]$/u

const isAsciiWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)

export function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1
  // No capital letters in the word so far: it needs no lower-casing.
  let lower = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let inWord: boolean
    let width = 1
    if (code < 128) inWord = isAsciiWordChar(code)
    else {
      const point = text.codePointAt(i)!
      width = point > 0xffff ? 2 : 1
      inWord = WORD_CHAR.test(String.fromCodePoint(point))
    }
    if (inWord) {
      if (start < 0) start = i
      if (code >= 65 && code <= 90) lower = false
      else if (code >= 128) lower = false
    } else if (start >= 0) {
      visit(lower ? text.slice(start, i) : text.slice(start, i).toLowerCase())
      start = -1
      lower = true
    }
    i += width - 1
  }
  if (start >= 0) visit(lower ? text.slice(start) : text.slice(start).toLowerCase())
}
