import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Inline } from '../../core/document'
import { glossaryIn, loadGlossary, parseGlossary } from './glossary'
import { markdownToDocument } from './parse'

const GLOSSARY = `
- abbr: UBND
  vi: Ủy ban nhân dân
  en: People's Committee
- abbr: HĐND
  vi: Hội đồng nhân dân
- abbr: TP.
  vi: Thành phố
- abbr: KT-XH
  vi: Kinh tế - xã hội
`

describe('the glossary file', () => {
  it('loads the portal glossary with UBND, HĐND and MTTQ in Vietnamese and English', () => {
    const glossary = loadGlossary(resolve(__dirname, '../../content'))
    expect(glossary.lookup('UBND')).toEqual({ abbr: 'UBND', vi: 'Ủy ban nhân dân', en: "People's Committee" })
    expect(glossary.lookup('HĐND')?.vi).toBe('Hội đồng nhân dân')
    expect(glossary.lookup('MTTQ')?.vi).toBe('Mặt trận Tổ quốc')
    expect(glossary.lookup('Ubnd')).toBeUndefined()
  })

  it('gives expansions in the article language, English falling back to Vietnamese', () => {
    const glossary = parseGlossary(GLOSSARY)
    expect(glossary.expansions('vi').get('UBND')).toBe('Ủy ban nhân dân')
    expect(glossary.expansions('en').get('UBND')).toBe("People's Committee")
    expect(glossary.expansions('en').get('HĐND')).toBe('Hội đồng nhân dân')
  })

  it('rejects a bad file with a message naming the entry and the mistake', () => {
    expect(() => parseGlossary('- abbr: ubnd\n  vi: Ủy ban nhân dân\n', 'g.yml')).toThrow(/g\.yml: 0\.abbr: an abbreviation is written in upper case/)
    expect(() => parseGlossary('- abbr: UBND\n', 'g.yml')).toThrow(/g\.yml: 0\.vi/)
    expect(() => parseGlossary(`${GLOSSARY}- abbr: UBND\n  vi: Khác\n`)).toThrow(/listed twice/)
  })

  it('is empty, not an error, when a content directory has none, and re-read when it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'))
    expect(glossaryIn(dir).entries).toEqual([])
    writeFileSync(join(dir, 'glossary.yml'), GLOSSARY)
    const first = glossaryIn(dir)
    expect(first.entries).toHaveLength(4)
    expect(glossaryIn(dir)).toBe(first)
    expect(first.fingerprint).not.toBe('')
  })
})

describe('abbreviations at conversion', () => {
  const abbreviations = parseGlossary(GLOSSARY).expansions('vi')

  it('marks every known abbreviation as an abbr titled with its expansion, leaving unknown ones and code alone', () => {
    const doc = markdownToDocument('UBND TP. Bắc Kạn họp với UBND huyện, OCOP và `UBND`. KT-XH', { abbreviations })
    const [paragraph] = doc.blocks
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual<Inline[]>([
      { type: 'abbr', title: 'Ủy ban nhân dân', children: [{ type: 'text', value: 'UBND' }] },
      { type: 'text', value: ' ' },
      { type: 'abbr', title: 'Thành phố', children: [{ type: 'text', value: 'TP.' }] },
      { type: 'text', value: ' Bắc Kạn họp với ' },
      { type: 'abbr', title: 'Ủy ban nhân dân', children: [{ type: 'text', value: 'UBND' }] },
      { type: 'text', value: ' huyện, OCOP và ' },
      { type: 'code', value: 'UBND' },
      { type: 'text', value: '. ' },
      { type: 'abbr', title: 'Kinh tế - xã hội', children: [{ type: 'text', value: 'KT-XH' }] },
    ])
  })

  it('keeps an abbr the author wrote, and matches whole words only', () => {
    const doc = markdownToDocument('<abbr title="Ủy ban">UBND</abbr> và UBNDX', { abbreviations })
    const [paragraph] = doc.blocks
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual<Inline[]>([
      { type: 'abbr', title: 'Ủy ban', children: [{ type: 'text', value: 'UBND' }] },
      { type: 'text', value: ' và UBNDX' },
    ])
  })
})
