import { Readability } from '@mozilla/readability'
import { detectLanguage } from '../../../core/contentCheck/language'
import { slugify } from '../../../core/fold'
import type { ExtractedPage, ExtractionFailure, SiteProfile } from '../types'
import { takeBylines } from './byline'
import { dropEmpty, dropFurniture, figuresWithCaptions, flattenBlocks, isAllWrapped, styledLead } from './cleanup'
import { DEFAULT_TIME_ZONE } from './dates'
import { absolutizeLinks, baseUrlOf, blockTextOf, classOf, parseDocument, textOf, walkElements, wordsOf } from './dom'
import { leadPicture } from './leadPicture'
import { profileText, readMetadata, type PageMetadata } from './metadata'

/**
 * One fetched page → its article. Readability (Firefox Reader View's extractor) on linkedom finds
 * the body when no profile names it; around it, Lectern reads the metadata generic extractors miss,
 * drops furniture, keeps captions, and moves the lead, byline and date lines out of the body.
 * Never throws: a page the DOM library cannot take is an `ExtractionFailure` with the reason.
 */

/** Pages larger than this are not articles (or are hostile): refused before parsing. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024
/** Elements in one page beyond which the page is refused (a DOM bomb, not an article). */
export const MAX_ELEMENTS = 60_000
/** An article has at least this many words (lead + body); fewer is an error or maintenance page. */
export const MIN_WORDS = 25

/** Nesting deeper than this is not a page a person wrote: the extractor's tree walks would crawl. */
export const MAX_DEPTH = 400

const INERT = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi

/** The page without what no reader sees: scripts (JSON-LD kept), styles, comments, inline SVG. */
export function stripInert(html: string): string {
  return html.replace(INERT, '')
}

function countTags(html: string): number {
  let count = 0
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1)
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++
  }
  return count
}

export interface ExtractOptions {
  maxHtmlBytes?: number
  maxElements?: number
}

export function isExtractionFailure(result: ExtractedPage | ExtractionFailure): result is ExtractionFailure {
  return 'failed' in result
}

export function extractPage(html: string, url: string, profile: SiteProfile = {}, options: ExtractOptions = {}): ExtractedPage | ExtractionFailure {
  const maxBytes = options.maxHtmlBytes ?? MAX_HTML_BYTES
  if (html.length > maxBytes) return { failed: `page too large: ${(html.length / 1048576).toFixed(1)} MB (limit ${(maxBytes / 1048576).toFixed(1)} MB)` }
  try {
    return extractUnsafe(html, url, profile, options.maxElements ?? MAX_ELEMENTS)
  } catch (error) {
    return { failed: `the page could not be read: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function extractUnsafe(html: string, url: string, profile: SiteProfile, maxElements: number): ExtractedPage | ExtractionFailure {
  // Counted on the text, before parsing: a DOM bomb costs its time in the parser already.
  const tags = countTags(html)
  if (tags > maxElements) return { failed: `page too complex: ${tags} elements (limit ${maxElements})` }
  // One form for every letter (decomposed tones from legacy charsets), so text compares and counts
  // alike; scripts, styles and comments never reach the DOM (a third of a page, and its GC time).
  const document = parseDocument(stripInert(html.normalize('NFC')))
  // One walk of the page serves the depth check and every pass before the extractor.
  const walk = walkElements(document.documentElement, MAX_DEPTH + 1)
  // Counted from <body> (depth 1), as a reader of the page would.
  const depth = walk.depth - 1
  if (depth > MAX_DEPTH) return { failed: `page too deeply nested: ${depth} levels (limit ${MAX_DEPTH})` }
  const elements = walk.elements
  const timeZone = profile.timeZone ?? DEFAULT_TIME_ZONE
  const warnings: string[] = []
  const base = baseUrlOf(document, url, elements)
  const metadata = readMetadata(document, url, profile, timeZone, elements)
  for (const field of ['title', 'date', 'updated', 'author', 'lead', 'category'] as const) {
    const selector = profile[field]
    if (selector && !document.querySelector(selector)) warnings.push(`profile selector ${field} (${selector}) matched nothing`)
  }
  const profileLead = profileText(document, profile.lead)
  const leadBefore = profileLead ?? styledLead(document, elements)

  const body = profileBody(document, profile) ?? readabilityBody(document, profile, warnings, elements)
  if (!body) return { failed: 'no article found on the page (it looks like a listing, an error or a maintenance page)' }

  absolutizeLinks(body.container, base)
  flattenBlocks(body.container)
  dropEmpty(body.container)
  figuresWithCaptions(body.container)
  const title = chooseTitle(metadata, body.title, document)
  dropTitleHeading(body.container, title)
  const lead = takeLead(body.container, leadBefore, metadata.description, document)
  const byline = takeBylines(body.container)
  dropEmpty(body.container)

  const published = metadata.published ?? metadata.updated
  const author = metadata.author ?? byline.author ?? body.byline ?? byline.source
  const bodyText = blockTextOf(body.container)
  const wordCount = wordsOf(lead).length + wordsOf(bodyText).length
  if (wordCount < MIN_WORDS && !body.container.querySelector('img')) return { failed: `too little text for an article (${wordCount} words)` }

  if (!title) warnings.push('no title found: the first words of the text stand in')
  if (!published) warnings.push('no date found')
  else if (!metadata.published) warnings.push('only an update date found: used as the published date')
  if (!author) warnings.push('no author found')
  if (!lead) warnings.push('no lead found')
  if (wordCount < 50) warnings.push(`body shorter than 50 words (${wordCount})`)
  const category = chooseCategory(metadata.category, url)
  if (!category) warnings.push('no category found')

  return {
    url,
    // A page with text but no title of its own still reads as an article; its first words name it.
    title: title || firstWords(lead || bodyText),
    contentHtml: body.container.innerHTML.trim(),
    lead,
    ...(published ? { published } : {}),
    ...(metadata.updated ? { updated: metadata.updated } : {}),
    ...(author ? { author } : {}),
    ...(category ? { category } : {}),
    // A page that does not say its language is told by its words (the content checks' detector):
    // English read with a Vietnamese voice is noise. Vietnamese when the words do not tell. A page
    // that says it is in another language keeps that as its text's language, with English around it.
    ...(metadata.textLanguage
      ? { language: 'en' as const, textLanguage: metadata.textLanguage }
      : { language: metadata.language ?? profile.language ?? detectLanguage(`${lead} ${bodyText}`).language ?? 'vi' }),
    ...leadPicture(metadata.image, body.container, elements, base),
    wordCount,
    warnings,
  }
}

interface Body { container: Element; title?: string; byline?: string }

function profileBody(document: Document, profile: SiteProfile): Body | undefined {
  if (!profile.body) return undefined
  const found = document.querySelector(profile.body)
  if (!found) return undefined
  const container = found.cloneNode(true) as Element
  dropFurniture(container, profile.drop)
  return { container }
}

type VisibilityTest = (this: unknown, node: Element) => boolean
const readabilityVisible = (Readability.prototype as unknown as { _isProbablyVisible: VisibilityTest })._isProbablyVisible

/**
 * Two of Readability 0.6's tests, the same answers in less time. It measures the text of every
 * element of the page (`textContent`, a walk of its whole subtree) before it looks whether the
 * element's rel, itemprop or class could name a byline at all: quadratic on deep pages, a tenth of
 * its time here; the cheap checks now come first. And it asks every element for its `style`, which
 * in linkedom builds (and keeps) a style declaration even for the many without a style attribute:
 * those are visible unless marked hidden, without building one.
 */
class OrderedReadability<T> extends Readability<T> {
  _isProbablyVisible(node: Element): boolean {
    if (node.getAttributeNode('style')) return readabilityVisible.call(this, node)
    if (node.hasAttribute('hidden')) return false
    return node.getAttribute('aria-hidden') !== 'true' || classOf(node).includes('fallback-image')
  }

  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop')
    const byline = (this as unknown as { REGEXPS: { byline: RegExp } }).REGEXPS.byline
    if (node.getAttribute('rel') !== 'author' && !itemprop?.includes('author') && !byline.test(matchString)) return false
    const length = (node.textContent ?? '').trim().length
    return length > 0 && length < 100
  }
}

function readabilityBody(document: Document, profile: SiteProfile, warnings: string[], walk: Element[]): Body | undefined {
  if (profile.body) warnings.push(`profile selector body (${profile.body}) matched nothing: the article was found without it`)
  dropFurniture(document, profile.drop, { walk, layout: true })
  // The serializer hands back Readability's own element: no HTML string to build and parse again.
  const article = new OrderedReadability<Node>(document, { charThreshold: 300, keepClasses: false, serializer: (node) => node }).parse()
  if (!article?.content || article.content.nodeType !== 1) return undefined
  return { container: article.content as Element, title: article.title ?? undefined, byline: article.byline?.trim() || undefined }
}

const SEPARATORS = /\s+[-–—|:»·]\s+/

/**
 * The headline without the site name portals append to `<title>` and `og:title`: the longest
 * leading part (cut at " - ", " | ", …) that the page also shows as a heading or title element.
 */
function chooseTitle(metadata: PageMetadata, readabilityTitle: string | undefined, document: Document): string {
  const candidate = (metadata.title ?? readabilityTitle ?? metadata.headings[0] ?? textOf(document.querySelector('title'))).replace(/\s+/g, ' ').trim()
  const shown = new Set(metadata.headings.map(fold))
  if (shown.has(fold(candidate))) return candidate
  const cuts = [...candidate.matchAll(new RegExp(SEPARATORS.source, 'g'))].map((m) => m.index).reverse()
  for (const cut of cuts) {
    const prefix = candidate.slice(0, cut)
    if (shown.has(fold(prefix))) return prefix
  }
  if (metadata.siteName && cuts.length > 0) {
    const parts = candidate.split(SEPARATORS)
    const kept = parts.filter((p) => p.trim().toLowerCase() !== metadata.siteName?.trim().toLowerCase())
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ')
  }
  // Nothing on the page confirms a part: a short last part after a separator ("… – My website")
  // is the site's name when what comes before it is longer (a headline).
  const last = cuts[0]
  if (last !== undefined) {
    const before = candidate.slice(0, last)
    const after = candidate.slice(last).replace(SEPARATORS, '')
    if (wordsOf(after).length <= 6 && wordsOf(before).length > Math.max(3, wordsOf(after).length)) return before
  }
  return candidate
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(' ')
  return words.length < text.length ? `${words}…` : words
}

function fold(text: string): string {
  return wordsOf(text).join(' ').toLowerCase()
}

function dropTitleHeading(container: Element, title: string): void {
  // Extractors keep the headline as the body's first block (a heading, or a paragraph on pages
  // that style a div as one): it is the title, not text to read twice.
  const first = [...container.children].slice(0, 3).find((b) => fold(textOf(b)) === fold(title))
  if (first && first.tagName !== 'FIGURE') first.remove()
}

/**
 * The lead: a profile's lead, a paragraph styled as one, a bold first paragraph, or the page's
 * description when the page shows it (as the body's first paragraph or elsewhere). A lead found
 * in the body leaves the body.
 */
function takeLead(container: Element, styled: string | undefined, description: string | undefined, document: Document): string {
  const first = [...container.children].find((b) => b.tagName === 'P')
  const firstIsFirstBlock = first && first === container.firstElementChild
  if (styled) {
    const styledWords = fold(styled)
    for (const block of [...container.children].slice(0, 4)) {
      if (fold(textOf(block)) === styledWords) block.remove()
    }
    return styled
  }
  if (first && firstIsFirstBlock && isAllWrapped(first) && wordsOf(textOf(first)).length >= 12) {
    first.remove()
    return textOf(first)
  }
  if (!description) return ''
  const summary = fold(description.replace(/(\.\.\.|…)$/, ''))
  if (wordsOf(summary).length < 8) return ''
  if (first && firstIsFirstBlock && fold(textOf(first)).startsWith(summary.slice(0, 80))) {
    first.remove()
    return textOf(first)
  }
  // Shown on the page outside the body (a lead printed above the article): it is the lead.
  const shown = fold(textOf(document.body)).includes(summary)
  return shown && !fold(textOf(container)).includes(summary) ? description.replace(/\s+/g, ' ').trim() : ''
}

function chooseCategory(name: string | undefined, url: string): ExtractedPage['category'] {
  if (name) return { slug: slugify(name), name }
  const section = new URL(url).pathname.split('/').filter(Boolean)
  // The first path segment names the section on most portals (`/thoi-su/bai-viet-123.html`),
  // unless it is the page itself or CMS plumbing.
  const first = section.length > 1 ? section[0] : undefined
  if (!first || /\.|^(pages?|sites?|news|tin-tuc|bai-viet|article|articles|post|posts|\d+)$/i.test(first)) return undefined
  const words = decodeURIComponent(first).replace(/[-_]+/g, ' ').trim()
  return words ? { slug: slugify(words), name: words.charAt(0).toUpperCase() + words.slice(1) } : undefined
}
