import { describe, expect, it } from 'vitest'
import { forEachWord } from './tokens'

const words = (text: string): string[] => {
  const found: string[] = []
  forEachWord(text, (word) => found.push(word))
  return found
}

describe('the words of folded text, as FTS5 unicode61 finds them', () => {
  it('splits on everything but letters and digits', () => {
    expect(words('bac kan: lu quet, 2023-10-05 (tinh)')).toEqual(['bac', 'kan', 'lu', 'quet', '2023', '10', '05', 'tinh'])
  })
  it('lower-cases capitals, inside ASCII and out', () => {
    expect(words('İstanbul ABC ΑΒΓ')).toEqual(['i̇stanbul', 'abc', 'αβγ'])
  })
  it('keeps letters outside the BMP in their word, and ends a word at an emoji', () => {
    expect(words('𝐁ac🌧️kan')).toEqual(['𝐁ac'.toLowerCase(), 'kan'])
  })
  it('finds no words in punctuation and space, nor in empty text', () => {
    expect(words(' ,.!? ')).toEqual([])
    expect(words('')).toEqual([])
  })
})
