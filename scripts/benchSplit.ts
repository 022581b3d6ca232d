// Sentence splitting time of the longest sample article, for scripts/bench.mjs (run with tsx):
// prints one JSON line. Median of 25 runs after 5 warm-ups, so JIT and ICU data loading are
// not counted; the reading blocks are built once, as the player builds them once.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ArticleFrontMatter, readFrontMatter } from '../server/content/frontMatter'
import { markdownToDocument } from '../server/content/parse'
import { countWords, documentText } from '../src/content/text'
import { readingScript } from '../src/reading/script'

const dir = join(import.meta.dirname, '../content/articles')
const articles = readdirSync(dir).filter((f) => f.endsWith('.md')).map((file) => {
  const { data, body } = readFrontMatter(ArticleFrontMatter, readFileSync(join(dir, file), 'utf8'), file)
  const doc = markdownToDocument(body)
  return { slug: data.slug, language: data.language, words: countWords(documentText(doc)), article: { title: data.title, lead: data.lead, image: data.image ?? null, body: doc } }
})
const longest = articles.sort((a, b) => b.words - a.words)[0]!
const times: number[] = []
let sentences = 0
for (let i = 0; i < 30; i++) {
  const started = performance.now()
  sentences = readingScript(longest.article, longest.language).sentences.length
  if (i >= 5) times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
console.log(JSON.stringify({ slug: longest.slug, words: longest.words, sentences, medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1) }))
