// Sentence splitting time of the longest sample article, for scripts/bench.mjs (run with tsx):
// prints one JSON line. Median of 50 runs after 5 warm-ups, so JIT and ICU data loading are
// not counted; the reading blocks are built once, as the player builds them once.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ArticleFrontMatter, readFrontMatter } from '../server/content/frontMatter'
import { markdownToDocument } from '../server/content/parse'
import { countWords, documentText } from '../core/text'
import { readingScript } from '../src/reading/script'

const dir = join(import.meta.dirname, '../content/articles')
// The longest by its Markdown's word count; only that one is parsed, so the other articles'
// parse garbage is not collected in the middle of the timed runs.
const longestFile = readdirSync(dir).filter((f) => f.endsWith('.md'))
  .map((file) => ({ file, words: countWords(readFileSync(join(dir, file), 'utf8')) }))
  .sort((a, b) => b.words - a.words)[0]!.file
const { data, body } = readFrontMatter(ArticleFrontMatter, readFileSync(join(dir, longestFile), 'utf8'), longestFile)
const doc = markdownToDocument(body)
const longest = { slug: data.slug, language: data.language, words: countWords(documentText(doc)), article: { title: data.title, lead: data.lead,
  image: data.image ?? null, body: doc } }
const times: number[] = []
let sentences = 0
for (let i = 0; i < 55; i++) {
  const started = performance.now()
  sentences = readingScript(longest.article, longest.language).sentences.length
  if (i >= 5) times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
console.log(JSON.stringify({ slug: longest.slug, words: longest.words, sentences, medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1) }))
