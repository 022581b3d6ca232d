import { describe, expect, it } from 'vitest'
import type { ArticleDocument, Inline } from '../../core/document'
import { readingScript } from './script'
import { spokenSlice, textWithExpansions } from './spokenText'

const UBND: Inline = { type: 'abbr', title: 'Ủy ban nhân dân', children: [{ type: 'text', value: 'UBND' }] }

describe('abbreviations read aloud', () => {
  it('keeps the shown text and finds where each abbreviation is', () => {
    expect(textWithExpansions([UBND, { type: 'text', value: ' tỉnh họp.' }])).toEqual({
      text: 'UBND tỉnh họp.',
      expansions: [{ start: 0, end: 4, say: 'Ủy ban nhân dân' }],
    })
  })

  it('says the expansion only for abbreviations inside the slice', () => {
    const { text, expansions } = textWithExpansions([UBND, { type: 'text', value: ' họp. Sau đó ' }, UBND, { type: 'text', value: ' nghỉ.' }])
    expect(spokenSlice(text, 0, 9, expansions)).toBe('Ủy ban nhân dân họp.')
    expect(spokenSlice(text, 10, text.length, expansions)).toBe('Sau đó Ủy ban nhân dân nghỉ.')
  })

  it('speaks the expansion while the sentence text (what is highlighted) keeps the letters', () => {
    const body: ArticleDocument = {
      version: 1,
      blocks: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Sáng nay, ' }, UBND, { type: 'text', value: ' huyện họp. Cuộc họp kết thúc.' }] },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [{ type: 'strong', children: [UBND] }, { type: 'text', value: ' xã' }] }]] },
      ],
    }
    const script = readingScript({ title: 'Tin', lead: 'Tóm tắt.', image: null, body }, 'vi')
    const [, , first, second, item] = script.sentences
    expect(first).toMatchObject({ text: 'Sáng nay, UBND huyện họp.', chunks: ['Sáng nay, Ủy ban nhân dân huyện họp.'] })
    expect(second).toMatchObject({ text: 'Cuộc họp kết thúc.', chunks: ['Cuộc họp kết thúc.'] })
    expect(item).toMatchObject({ text: 'UBND xã', chunks: ['Ủy ban nhân dân xã'] })
  })
})
