// The extractors scripts/bench-extract.ts compares, each turned into the same shape. Each is
// loaded only when its worker runs: a sync process loads Lectern's extractor, not jsdom or
// Defuddle, and its peak RSS must not count theirs.
import { Readability } from '@mozilla/readability'
import { blockTextOf, parseDocument } from '../server/site/extract/dom'

export interface Extracted { title?: string; text: string; published?: string; author?: string }

const textOfHtml = (html: string): string => blockTextOf(parseDocument(html).body)

/**
 * What the extractor gives for one page; `text` is read after the clock stops (turning the body's
 * HTML into text for scoring is the bench's work, not extraction's).
 */
export interface Raw { title?: string; lead?: string; html: string; published?: string; author?: string }
type RawExtractor = (html: string, url: string) => Promise<Raw | undefined>

export function textOfRaw(raw: Raw): Extracted {
  return { title: raw.title, text: `${raw.lead ?? ''}\n${textOfHtml(raw.html)}`, published: raw.published, author: raw.author }
}

/** Plain Readability on a document, as Firefox's Reader View runs it. */
function readabilityRaw(document: Document): Raw | undefined {
  const article = new Readability(document).parse()
  if (!article?.content) return undefined
  return { title: article.title ?? undefined, html: article.content, published: article.publishedTime ?? undefined, author: article.byline ?? undefined }
}

export const EXTRACTORS = {
  /** Lectern: Readability on linkedom, plus metadata, cleanup, lead and byline handling. */
  lectern: async () => {
    const { extractPage, isExtractionFailure } = await import('../server/site/extract/extractPage')
    return async (html, url) => {
      const page = extractPage(html, url)
      if (isExtractionFailure(page)) return undefined
      return { title: page.title, lead: page.lead, html: page.contentHtml, published: page.published, author: page.author }
    }
  },
  'readability-linkedom': async () => async (html) => readabilityRaw(parseDocument(html)),
  'readability-jsdom': async () => {
    const { JSDOM, VirtualConsole } = await import('jsdom')
    // jsdom reports every CSS or script problem of a page to the console; the bench does not need them.
    const quiet = new VirtualConsole()
    return async (html, url) => readabilityRaw(new JSDOM(html, { url, virtualConsole: quiet }).window.document as unknown as Document)
  },
  /** Defuddle with its asynchronous extractors off: they may call third-party services. */
  defuddle: async () => {
    const { Defuddle } = await import('defuddle/node')
    return async (html, url) => {
      const result = await Defuddle(parseDocument(html), url, { useAsync: false, markdown: false })
      if (!result.content) return undefined
      return { title: result.title || undefined, html: result.content, published: result.published || undefined, author: result.author || undefined }
    }
  },
} satisfies Record<string, () => Promise<RawExtractor>>

export type ExtractorName = keyof typeof EXTRACTORS
