import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleFrontMatter, readFrontMatter } from '../../server/content/frontMatter'
import { markdownToDocument } from '../../server/content/parse'
import { CONTENT_DIR, SEED_SLUG } from '../../server/test/testApp'
import { readingScript, type ReadingScript } from './script'
import { splitSentences } from './sentences'

// Every sample article through the server's own parser, then split as the browser will split it.
const dir = join(CONTENT_DIR, 'articles')
const articles = readdirSync(dir).filter((f) => f.endsWith('.md')).map((file) => {
  const { data, body } = readFrontMatter(ArticleFrontMatter, readFileSync(join(dir, file), 'utf8'), file)
  const article = { title: data.title, lead: data.lead, image: data.image ?? null, body: markdownToDocument(body) }
  return { file, slug: data.slug, script: readingScript(article, data.language) }
})
const bySlug = (slug: string): ReadingScript => articles.find((a) => a.slug === slug)!.script

/** Things no sentence boundary may fall inside. */
const UNSPLITTABLE = [
  /\d+[-/][A-ZĐ]+(?:[-/][A-ZĐ]+)+/gu, // 05-CT/TW, 12-NQ/TW, 27/CT-TTg, 109-KH/TU
  /\d{1,2}[./]\d{1,2}[./]\d{4}/gu, // 10.09.2019, 09/6/2022
  /\d+[.,]\d+/gu, // 1,5 and 62.000
  /(?<![\p{L}])(?:TP|TS|ThS|PGS|GS|Mr|Mrs|Dr|No)\. \S+/gu,
]

describe.each(articles)('the sentences of $file', ({ script }) => {
  it('cover every reading block in order, each sentence a trimmed slice of its block', () => {
    script.blocks.forEach((block, index) => {
      const own = script.sentences.filter((s) => s.block === index)
      expect(own.length, block.text).toBeGreaterThan(0)
      expect(own.map((s) => s.text).join(' ').replace(/\s+/gu, ' ')).toBe(block.text.replace(/\s+/gu, ' ').trim())
      for (const s of own) expect(block.text.slice(s.start, s.end)).toBe(s.text)
    })
  })

  it('never end inside a document number, date, decimal or abbreviation', () => {
    script.blocks.forEach((block, index) => {
      const ends = script.sentences.filter((s) => s.block === index).map((s) => s.end).slice(0, -1)
      for (const pattern of UNSPLITTABLE) {
        for (const match of block.text.matchAll(pattern)) {
          const inside = ends.filter((end) => end > match.index && end < match.index + match[0].length)
          expect(inside, `${match[0]} in “${block.text}”`).toEqual([])
        }
      }
    })
  })

  it('come out the same from the regular expression and from Intl.Segmenter', () => {
    for (const block of script.blocks) {
      expect(splitSentences(block.text, 'vi', { useSegmenter: true })).toEqual(splitSentences(block.text, 'vi', { useSegmenter: false }))
    }
  })

  it('start each sentence after the first of a block with a capital, digit, quote or bracket', () => {
    script.blocks.forEach((_, index) => {
      for (const s of script.sentences.filter((x) => x.block === index).slice(1)) expect(s.text).toMatch(/^["“‘«(\p{Lu}\p{N}]/u)
    })
  })
})

describe('sentence counts checked by hand', () => {
  it('the seed article has 29: title, lead, lead caption, 4 headings and 22 in the body', () => {
    const script = bySlug(SEED_SLUG)
    expect(script.sentences).toHaveLength(29)
    expect(script.sentences.slice(0, 5).map((s) => s.text)).toEqual([
      'Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
      expect.stringMatching(/^Sau 03 năm thực hiện Chỉ thị số 05-CT\/TW .* triển khai thực hiện\.$/u),
      'Các cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được nhận thư khen của Bí thư Tỉnh ủy',
      'Đổi mới cách học tập các chuyên đề',
      expect.stringMatching(/^Việc học tập các chuyên đề hàng năm .* cùng theo dõi, học tập\.$/u),
    ])
    // "…cầu dân sinh… Qua đó, …" is two sentences; "…kỷ luật Đảng… góp phần…" is one.
    expect(script.sentences.some((s) => s.text.endsWith('xây dựng cầu dân sinh…'))).toBe(true)
    expect(script.sentences.some((s) => s.text.includes('kỷ luật Đảng… góp phần'))).toBe(true)
    expect(script.sentences.at(-1)!.chunks.at(-1)).toMatch(/ở địa phương\.$/u) // "./." spoken as "."
  })

  it('the talking-books article has 24, with its list items and the two quoted sentences', () => {
    const script = bySlug('thu-vien-tinh-ra-mat-sach-noi')
    expect(script.sentences).toHaveLength(24)
    expect(script.sentences.filter((s) => /^"|"$/u.test(s.text))).toHaveLength(2)
  })
})
