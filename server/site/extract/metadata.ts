import { primaryLanguage } from '../../../core/contentCheck/language'
import { LANGUAGE_TAG_PATTERN } from '../../../core/patterns'
import type { SiteProfile } from '../types'
import { dateKindOf, parseDayFirstDate, parseMachineDate } from './dates'
import { absoluteUrl, textOf, walkElements } from './dom'
import { scanPage } from './scan'

/**
 * What a page says about its article outside the body: JSON-LD (NewsArticle, Article, @graph),
 * Open Graph, `<meta>`, `<time datetime>`, breadcrumbs and the labelled lines Vietnamese portals
 * print. Read from the whole page before the extractor trims it.
 */
export interface PageMetadata {
  title?: string
  siteName?: string
  description?: string
  published?: string
  updated?: string
  author?: string
  category?: string
  image?: { src: string; alt: string }
  language?: 'vi' | 'en'
  /** The language the page declares when it is neither vi nor en (canonical BCP 47: "fr", "zh-Hans"). */
  textLanguage?: string
  /** Texts of the page's headings and title-classed elements, read before the extractor trims the page. */
  headings: string[]
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

// schema.org's article types (the list Readability knows), and WebPage as the last resort.
const ARTICLE_TYPES = new RegExp('^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicQuestionArticle|BackgroundNewsArticle|'
  + 'OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|'
  + 'SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$')

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

/**
 * One JSON-LD block. Pages wrap it in `<![CDATA[ … ]]>` (XHTML habits, and Readability's test pages
 * all do), paste it with raw newlines, or leave trailing commas; a block still broken is skipped.
 */
function parseJsonLd(text: string): Json | undefined {
  const json = text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '').replace(/[\n\r\t]/g, ' ')
  for (const attempt of [json, json.replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(attempt) as Json
    } catch {
      continue
    }
  }
  return undefined
}

/** Every object in the JSON-LD blocks, @graph and arrays flattened. */
function jsonLdNodes(scripts: Element[]): JsonObject[] {
  const nodes: JsonObject[] = []
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isObject(value)) {
      nodes.push(value)
      if (value['@graph']) visit(value['@graph'])
    }
  }
  for (const script of scripts) {
    const parsed = parseJsonLd(script.textContent ?? '')
    if (parsed !== undefined) visit(parsed)
  }
  return nodes
}

function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n))
    return names.length > 0 ? names.join(', ') : undefined
  }
  if (isObject(value)) return nameOf(value.name)
  return undefined
}

function urlOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return urlOf(value[0])
  if (isObject(value)) return urlOf(value.url ?? value.contentUrl)
  return undefined
}

/** Every `<meta>` of the page by property, name and itemprop (lower-cased), read in one pass. */
type Metas = Map<string, string>

function metasOf(elements: Element[]): Metas {
  const metas: Metas = new Map()
  for (const element of elements) {
    const content = element.getAttribute('content')?.trim()
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.toLowerCase()
      if (key && !metas.has(key)) metas.set(key, content)
    }
  }
  return metas
}

function meta(metas: Metas, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const content = metas.get(key.toLowerCase())
    if (content) return content
  }
  return undefined
}

/** A person's name, not an address or a handle (`article:author` is often a profile URL). */
function personName(value: string | undefined): string | undefined {
  if (!value || /^(https?:)?\/\//.test(value) || value.startsWith('@') || value.length > 80) return undefined
  return value.replace(/\s+/g, ' ').trim() || undefined
}

function decodeEntities(text: string | undefined): string | undefined {
  if (!text) return text
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}

/** The text of the first element the profile's selector finds, or undefined (and the caller warns). */
export function profileText(document: Document, selector: string | undefined): string | undefined {
  if (!selector) return undefined
  const element = document.querySelector(selector)
  if (!element) return undefined
  return element.getAttribute('content')?.trim() || element.getAttribute('datetime')?.trim() || textOf(element) || undefined
}

/** A date from an element's text, its `datetime` or `content` attribute. */
function dateFrom(text: string | undefined, timeZone: string): string | undefined {
  return text ? parseMachineDate(text, timeZone) ?? parseDayFirstDate(text, timeZone) : undefined
}

// The label, at most a few words (a weekday, a time), the date, and a time printed after it.
const LABELLED_DATE = /(cập nhật lúc|cập nhật ngày|ngày cập nhật|cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày xuất bản|ngày ban hành)\s*:?[^\n\d]{0,24}(?:\d{1,2}\s*[:hH]\s*\d{2}(?::\d{2})?[^\n\d]{0,8})?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[\s,|–-]*(?:lúc\s*)?\d{1,2}\s*[:hH]\s*\d{2}(?:\s*:\s*\d{2})?)?/giu

/** Dates printed as labelled text anywhere on the page ("Cập nhật lúc: 10/09/2019 15:08:44"). */
function labelledDates(document: Document, timeZone: string): { published?: string; updated?: string } {
  const found: { published?: string; updated?: string } = {}
  const text = document.body?.textContent ?? ''
  for (const match of text.matchAll(LABELLED_DATE)) {
    const kind = dateKindOf(match[0])
    const iso = parseDayFirstDate(match[0], timeZone)
    if (kind && iso && !found[kind]) found[kind] = iso
  }
  return found
}

/** True when an element strictly above `element` passes `test`. */
function underAny(element: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (test(node)) return true
  return false
}

/** The last breadcrumb that is a section, not the home page or the article itself. */
function breadcrumbCategory(crumbs: Element[], title: string | undefined, nodes: JsonObject[]): string | undefined {
  const list = nodes.find((n) => typesOf(n).includes('BreadcrumbList'))
  const fromLd = Array.isArray(list?.itemListElement)
    ? list.itemListElement.map((item) => (isObject(item) ? nameOf(item.name) ?? nameOf(item.item) : undefined))
    : []
  const names = (fromLd.length > 0 ? fromLd : crumbs.map(textOf))
    .filter((n): n is string => Boolean(n))
    .filter((n) => !/^(trang chủ|home|trang nhất)$/i.test(n) && n !== title)
  return names.at(-1)
}

const TEASER_CONTAINERS = new Set(['LI', 'ASIDE', 'FOOTER'])

function stripAuthorLabel(text: string): string | undefined {
  const name = text.replace(/^(viết bởi|tác giả|bởi|by|author)\s*:?\s*/i, '').trim()
  return name.length > 0 && name.length <= 60 ? name : undefined
}

/** A day-first date in a small element whose class says it holds one ("date-time", "ngay-dang"). */
function dateClassed(elements: Element[], timeZone: string): string | undefined {
  for (const element of elements) {
    const text = textOf(element)
    if (text.length > 80 || TEASER_CONTAINERS.has(element.tagName) || underAny(element, (a) => TEASER_CONTAINERS.has(a.tagName))) continue
    const iso = parseDayFirstDate(text, timeZone)
    if (iso) return iso
  }
  return undefined
}

/** `<title>` and the headings, lower-cased with spaces collapsed: what the page shows as titles. */
function shownTitles(document: Document, headings: Element[]): string {
  return [document.querySelector('title'), ...headings].map((e) => textOf(e).toLowerCase()).join('\n')
}

/**
 * The article's `headline`, or its `name` when only the name is what the page shows as its title
 * (Wikipedia's JSON-LD gives the article's name, and a one-line description as the headline).
 */
function jsonLdTitle(article: JsonObject | undefined, shown: string): string | undefined {
  const headline = nameOf(article?.headline)
  const name = typeof article?.name === 'string' ? article.name.trim() : undefined
  const isShown = (text: string): boolean => shown.includes(text.replace(/\s+/g, ' ').toLowerCase())
  if (!headline) return name && isShown(name) ? name : undefined
  if (!name || name === headline) return headline
  return isShown(name) && !isShown(headline) ? name : headline
}

/** `walk` is the page's element list when the caller has it already (the page is walked once). */
export function readMetadata(document: Document, url: string, profile: SiteProfile, timeZone: string, walk?: Element[]): PageMetadata {
  const scan = scanPage(walk ?? walkElements(document.documentElement).elements)
  const nodes = jsonLdNodes(scan.jsonLd)
  const metas = metasOf(scan.metas)
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? nodes.find((n) => typesOf(n).includes('WebPage'))
  const labelled = labelledDates(document, timeZone)
  // The first `<time datetime>` of the page (what the selectors tried before all came down to).
  const timeElement = scan.time

  const title = profileText(document, profile.title)
    ?? jsonLdTitle(article, shownTitles(document, scan.headings)) ?? meta(metas, 'og:title', 'twitter:title') ?? undefined
  const published = dateFrom(profileText(document, profile.date), timeZone)
    ?? dateFrom(typeof article?.datePublished === 'string' ? article.datePublished : undefined, timeZone)
    ?? dateFrom(meta(metas, 'article:published_time', 'datePublished', 'parsely-pub-date', 'sailthru.date', 'dcterms.created', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'), timeZone)
    ?? dateFrom(timeElement?.getAttribute('datetime') ?? undefined, timeZone)
    ?? labelled.published
    ?? (labelled.updated ? undefined : dateClassed(scan.dateClassed, timeZone))
  const updated = dateFrom(profileText(document, profile.updated), timeZone)
    ?? dateFrom(typeof article?.dateModified === 'string' ? article.dateModified : undefined, timeZone)
    ?? dateFrom(meta(metas, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'), timeZone)
    ?? labelled.updated
  const author = personName(profileText(document, profile.author))
    ?? personName(nameOf(article?.author))
    ?? personName(meta(metas, 'author', 'article:author', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author', 'twitter:creator'))
    ?? personName(stripAuthorLabel(textOf(scan.author[0])))
  const category = profileText(document, profile.category)
    ?? nameOf(article?.articleSection) ?? meta(metas, 'article:section', 'parsely-section')
    ?? (textOf(scan.category[0]) || undefined)
    ?? breadcrumbCategory(scan.breadcrumb, title, nodes)
  const imageSrc = meta(metas, 'og:image', 'og:image:url', 'twitter:image') ?? urlOf(article?.image)
  // The page's lang, else its Open Graph locale ("fr_FR").
  const declared = languageTag(document.documentElement?.getAttribute('lang') ?? '') ?? languageTag(meta(metas, 'og:locale') ?? '')
  const lang = declared?.toLowerCase() ?? ''

  return {
    title: decodeEntities(title),
    siteName: meta(metas, 'og:site_name') ?? nameOf(isObject(article?.publisher) ? article.publisher : undefined),
    description: decodeEntities(meta(metas, 'og:description', 'description', 'twitter:description') ?? nameOf(article?.description)),
    published,
    updated,
    author,
    category: category?.replace(/\s+/g, ' ').trim(),
    image: imageSrc ? { src: absoluteUrl(imageSrc, url) ?? imageSrc, alt: meta(metas, 'og:image:alt', 'twitter:image:alt') ?? '' } : undefined,
    language: primaryLanguage(lang) === 'vi' ? 'vi' : primaryLanguage(lang) === 'en' ? 'en' : undefined,
    ...(declared && !['vi', 'en'].includes(primaryLanguage(lang)) ? { textLanguage: declared } : {}),
    headings: scan.headings.map(textOf).filter((t) => t.length > 0 && t.length < 300),
  }
}

/** A well-formed language tag, canonical ("fr-fr" → "fr-FR", "zh_hans" → "zh-Hans"); undefined for anything else. */
function languageTag(value: string): string | undefined {
  const tag = value.trim().replace(/_/g, '-')
  if (!LANGUAGE_TAG_PATTERN.test(tag)) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
