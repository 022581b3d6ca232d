// The extractors scripts/bench-extract.ts compares, each turned into the same shape.
import { Readability } from '@mozilla/readability'
import { Defuddle } from 'defuddle/node'
import { JSDOM, VirtualConsole } from 'jsdom'
import { blockTextOf, parseDocument } from '../server/site/extract/dom'
import { extractPage, isExtractionFailure } from '../server/site/extract/extractPage'

export interface Extracted { title?: string; text: string; published?: string; author?: string }
type Extractor = (html: string, url: string) => Promise<Extracted | undefined>

const textOfHtml = (html: string): string => blockTextOf(parseDocument(html).body)

/** Plain Readability on a document, as Firefox's Reader View runs it. */
function readability(document: Document): Extracted | undefined {
  const article = new Readability(document).parse()
  if (!article?.content) return undefined
  return { title: article.title ?? undefined, text: textOfHtml(article.content), published: article.publishedTime ?? undefined,
    author: article.byline ?? undefined }
}

// jsdom reports every CSS or script problem of a page to the console; the bench does not need them.
const quiet = new VirtualConsole()

export const EXTRACTORS = {
  /** Lectern: Readability on linkedom, plus metadata, cleanup, lead and byline handling. */
  lectern: async (html, url) => {
    const page = extractPage(html, url)
    if (isExtractionFailure(page)) return undefined
    return { title: page.title, text: `${page.lead}\n${textOfHtml(page.contentHtml)}`, published: page.published, author: page.author }
  },
  'readability-linkedom': async (html) => readability(parseDocument(html)),
  'readability-jsdom': async (html, url) => readability(new JSDOM(html, { url, virtualConsole: quiet }).window.document as unknown as Document),
  /** Defuddle with its asynchronous extractors off: they may call third-party services. */
  defuddle: async (html, url) => {
    const result = await Defuddle(parseDocument(html), url, { useAsync: false, markdown: false })
    if (!result.content) return undefined
    return { title: result.title || undefined, text: textOfHtml(result.content), published: result.published || undefined, author: result.author || undefined }
  },
} satisfies Record<string, Extractor>

export type ExtractorName = keyof typeof EXTRACTORS
