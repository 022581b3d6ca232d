import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { woff2CodePoints } from './woff2Cmap'

// Every self-hosted face must draw every character of Vietnamese text itself: a glyph that falls
// back to another font mid-word (a "ệ" in a different face) is unreadable for many readers.
// For each face, each character must fall in some @font-face's unicode-range (so the browser
// fetches that file) AND that very file's cmap must map it to a glyph.
const require = createRequire(import.meta.url)
const FACES = {
  'Literata (serif)': '@fontsource-variable/literata/wght.css',
  'Lexend (legible)': '@fontsource-variable/lexend/wght.css',
} as const

interface FontFace { file: string; ranges: [number, number][] }

function fontFaces(cssModule: string): FontFace[] {
  const cssPath = require.resolve(cssModule)
  const css = readFileSync(cssPath, 'utf8')
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].filter((m) => /font-style:\s*normal/.test(m[1]!)).map((m) => {
    const block = m[1]!
    const file = join(dirname(cssPath), /url\(([^)]+\.woff2)\)/.exec(block)![1]!)
    const ranges = /unicode-range:\s*([^;]+);/.exec(block)![1]!.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from!, 16), parseInt(to!, 16)]
    })
    return { file, ranges }
  })
}

const seed = readFileSync(new URL('../../content/articles/nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw.md', import.meta.url), 'utf8')
const seedCharacters = [...new Set([...seed.normalize('NFC')].filter((c) => c.codePointAt(0)! > 0x7e))]
// Beyond the seed: the whole Vietnamese alphabet, every vowel with every tone, both cases, ₫.
const vowels = [...'aăâeêioôơuưy']
const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']
const alphabet = [...new Set([...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))), 'đ'].flatMap((c) => [c, c.toUpperCase()]))]

describe.each(Object.entries(FACES))('%s covers Vietnamese', (_name, cssModule) => {
  const faces = fontFaces(cssModule).map((face) => ({ ...face, points: woff2CodePoints(readFileSync(face.file)) }))
  const missing = (characters: string[]) => characters.filter((c) => {
    const point = c.codePointAt(0)!
    return !faces.some((f) => f.ranges.some(([a, b]) => point >= a && point <= b) && f.points.has(point))
  })

  it('has a glyph for every non-ASCII character of the seed article', () => {
    expect(seedCharacters.length).toBeGreaterThan(50)
    expect(missing(seedCharacters)).toEqual([])
  })

  it('has a glyph for every letter of the Vietnamese alphabet with every tone, and the printable ASCII', () => {
    expect(alphabet).toHaveLength(2 * (12 * 6 + 1))
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i))
    expect(missing([...alphabet, ...ascii, '₫'])).toEqual([])
  })

  it('is checked against real glyph tables (a character the face lacks is reported missing)', () => {
    expect(missing(['\u0F00', '\u{1F600}'])).toEqual(['\u0F00', '\u{1F600}'])
  })
})
