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
    for (let cp = 0; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp)
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
