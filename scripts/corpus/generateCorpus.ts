// A portal-sized content directory for benchmarks: thousands of articles in the same Markdown +
// front matter format as `content/` (see content/README.md), built from the sentences, headings,
// titles and pictures of the sample articles, so the text is real Vietnamese and English with the
// real mix of diacritics, numbers and names. Deterministic: the same seed and count write the same
// bytes. Never committed: it goes into a scratch directory (`.bench/` is gitignored).
//
//   node --import tsx scripts/corpus/generateCorpus.ts [--out .bench/corpus] [--count 10000] [--seed 13]
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { LOCALES, type Locale } from '../../core/locale'

type Language = Locale

interface Pools {
  sentences: string[]
  headings: string[]
  titles: string[]
  authors: string[]
  images: { src: string; alt: string; caption: string }[]
}

export interface CorpusOptions {
  /** The directory to write; emptied first. */
  outDir: string
  count: number
  seed: number
  /** Where the sample articles, categories, pages and images come from. */
  sampleDir?: string
}

export interface CorpusReport {
  articles: number
  words: { total: number; min: number; max: number; median: number }
  languages: Record<Language, number>
}

const ROOT = resolve(import.meta.dirname, '../..')

/** mulberry32: small, fast and the same on every machine, which is all a corpus needs. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/

interface SampleFrontMatter {
  title: string
  language: Language
  author: string
  image?: { src: string; alt: string; caption?: string }
}

/** Splits the sample articles into pools of sentences, headings, titles, authors and images per language. */
function readPools(sampleDir: string): Record<Language, Pools> {
  const empty = (): Pools => ({ sentences: [], headings: [], titles: [], authors: [], images: [] })
  const pools: Record<Language, Pools> = { vi: empty(), en: empty() }
  const dir = join(sampleDir, 'articles')
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const match = FRONT_MATTER.exec(readFileSync(join(dir, file), 'utf8'))
    if (!match) continue
    const data = parseYaml(match[1]!) as SampleFrontMatter
    const pool = pools[data.language]
    pool.titles.push(data.title)
    pool.authors.push(data.author)
    if (data.image) pool.images.push({ src: data.image.src, alt: data.image.alt, caption: data.image.caption ?? '' })
    for (const line of match[2]!.split('\n')) {
      const trimmed = line.trim()
      if (/^#{2,3} /.test(trimmed)) pool.headings.push(trimmed.replace(/^#+ /, ''))
      // Plain prose only: list items, tables, quotes, figures and raw HTML keep their own syntax.
      else if (trimmed && !/^([-*>|<!]|\d+\.)/.test(trimmed)) {
        for (const sentence of trimmed.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (sentence.split(' ').length >= 4) pool.sentences.push(sentence)
      }
    }
  }
  for (const language of LOCALES) {
    const pool = pools[language]
    pool.authors = [...new Set(pool.authors)]
    if (!pool.sentences.length || !pool.titles.length) throw new Error(`The sample content has no ${language} articles to build a corpus from`)
  }
  return pools
}

const CATEGORIES = ['tin-tuc-su-kien', 'chinh-tri', 'kinh-te', 'van-hoa-xa-hoi', 'thong-bao']
const quote = (text: string): string => JSON.stringify(text)
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Article lengths as a portal has them: most short, some long, a few very long (200 to 5,000 words). */
function targetWords(next: () => number): number {
  const r = next()
  if (r < 0.6) return 200 + Math.floor(next() * 600)
  if (r < 0.9) return 800 + Math.floor(next() * 1700)
  return 2500 + Math.floor(next() * 2501)
}

function articleMarkdown(index: number, next: () => number, pools: Record<Language, Pools>): { markdown: string; language: Language; words: number } {
  const language: Language = next() < 0.8 ? 'vi' : 'en'
  const pool = pools[language]
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
  const slug = `bai-${String(index + 1).padStart(5, '0')}-${language}`
  // Published over ten years, newest last; minutes vary so the order is total.
  const published = new Date(Date.UTC(2016, 0, 1) + Math.floor(next() * 10 * 365 * 24 * 60) * 60_000)
  const title = `${pick(pool.titles)} (${index + 1})`
  const lead = `${pick(pool.sentences)} ${pick(pool.sentences)}`
  const target = targetWords(next)
  const blocks: string[] = []
  let words = wordCount(`${title} ${lead}`)
  while (words < target) {
    const roll = next()
    let block: string
    if (roll < 0.1) block = `## ${pick(pool.headings)}`
    else if (roll < 0.15) block = [1, 2, 3].map(() => `- ${pick(pool.sentences)}`).join('\n')
    else if (roll < 0.17) block = `> ${pick(pool.sentences)}`
    else if (roll < 0.19 && pool.images.length) {
      const image = pick(pool.images)
      block = `![${image.alt}](${image.src} ${quote(image.caption || image.alt)})`
    } else if (roll < 0.2) {
      const header = language === 'vi' ? 'Nội dung | Số liệu' : 'Item | Figure'
      block = [`| ${header} |`, '| --- | --- |', `| ${pick(pool.headings)} | ${Math.floor(next() * 1000)} |`].join('\n')
    } else block = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(pool.sentences)).join(' ')
    blocks.push(block)
    words += wordCount(block.replace(/[#>|*-]/g, ' '))
  }
  const image = pool.images.length && next() < 0.7 ? pick(pool.images) : undefined
  const frontMatter = [
    '---',
    `title: ${quote(title)}`,
    `slug: ${slug}`,
    `lead: ${quote(lead)}`,
    `category: ${pick(CATEGORIES)}`,
    `published: ${published.toISOString().replace('.000Z', '+00:00')}`,
    `author: ${quote(pick(pool.authors))}`,
    `language: ${language}`,
    'source: "Lectern benchmark corpus"',
    ...(image ? ['image:', `  src: ${image.src}`, `  alt: ${quote(image.alt)}`, `  caption: ${quote(image.caption)}`] : []),
    '---',
  ]
  return { markdown: `${frontMatter.join('\n')}\n\n${blocks.join('\n\n')}\n`, language, words }
}

/** Writes the corpus (articles plus the sample's categories, pages and images) and says what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusReport {
  const sampleDir = options.sampleDir ?? join(ROOT, 'content')
  const pools = readPools(sampleDir)
  const next = random(options.seed)
  rmSync(options.outDir, { recursive: true, force: true })
  mkdirSync(join(options.outDir, 'articles'), { recursive: true })
  cpSync(join(sampleDir, 'categories.yml'), join(options.outDir, 'categories.yml'))
  cpSync(join(sampleDir, 'pages'), join(options.outDir, 'pages'), { recursive: true })
  cpSync(join(sampleDir, 'images'), join(options.outDir, 'images'), { recursive: true })
  const counts: number[] = []
  const languages: Record<Language, number> = { vi: 0, en: 0 }
  for (let i = 0; i < options.count; i++) {
    const { markdown, language, words } = articleMarkdown(i, next, pools)
    writeFileSync(join(options.outDir, 'articles', `bai-${String(i + 1).padStart(5, '0')}.md`), markdown)
    counts.push(words)
    languages[language]++
  }
  counts.sort((a, b) => a - b)
  return {
    articles: options.count,
    words: {
      total: counts.reduce((a, b) => a + b, 0),
      min: counts[0] ?? 0,
      max: counts.at(-1) ?? 0,
      median: counts[Math.floor(counts.length / 2)] ?? 0,
    },
    languages,
  }
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const outDir = resolve(argument('out', join(ROOT, '.bench', 'corpus')))
  const count = Number(argument('count', '10000'))
  const seed = Number(argument('seed', '13'))
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of articles (got "${argument('count', '')}")`)
  const started = performance.now()
  const report = generateCorpus({ outDir, count, seed })
  console.log(`Wrote ${report.articles} articles (${report.languages.vi} vi, ${report.languages.en} en; ${report.words.total} words, ` +
    `${report.words.min}–${report.words.max}, median ${report.words.median}) to ${outDir} in ${Math.round(performance.now() - started)} ms`)
}
