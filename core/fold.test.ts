import { describe, expect, it } from 'vitest'
import { fold, foldChar, foldedTerms, slugify } from './fold'

describe('Vietnamese folding', () => {
  it('removes tone and vowel marks and folds đ/Đ to d', () => {
    expect(fold('Bắc Kạn')).toBe('bac kan')
    expect(fold('ĐẢNG ỦY đường')).toBe('dang uy duong')
  })

  it('keeps one code point per code point, so positions map back to the original', () => {
    const text = 'Tỉnh ủy Bắc Kạn — Đảng bộ'
    expect([...fold(text)].length).toBe([...text].length)
  })

  it('folds every code point as foldChar does, cached or not (the fast path for ASCII included)', () => {
    let text = ''
    // ASCII, Latin (Vietnamese among it), Greek, Cyrillic, combining marks, case pairs outside the BMP, emoji.
    for (const [from, to] of [[0, 0x24ff], [0x1e00, 0x1fff], [0x10400, 0x1044f], [0x1f300, 0x1f3ff]] as const) {
      for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp)
    }
    let expected = ''
    for (const ch of text) expected += foldChar(ch)
    expect(fold(text)).toBe(expected)
    expect(fold(text)).toBe(expected)
  })

  it('splits a query into folded words and drops punctuation and operators', () => {
    expect(foldedTerms('"Bắc Kạn" OR đảng*')).toEqual(['bac', 'kan', 'or', 'dang'])
    expect(foldedTerms('<script>')).toEqual(['script'])
  })

  it('makes ASCII slugs from headings', () => {
    expect(slugify('Đường giao thông nông thôn: 2024')).toBe('duong-giao-thong-nong-thon-2024')
  })
})
