import { SLUG_PATTERN } from '../../core/patterns'
import * as v from 'valibot'
import type { ArticleDocument } from '../../core/document'
import type {
  Article, ArticleSummary, Category, CategoryRef, Locale, LeadImage, Page, Paged, SearchHit, Sitemap,
} from '../../core/types'
import { countWords, readingMinutes } from '../../core/text'
import { htmlToDocument, htmlToText } from '../content/parse'
import { safeUrl } from '../content/toDocument'
import { snippet, snippetQuery } from '../search/snippet'
import type { ContentSource, PageQuery } from '../../core/contentSource'
import { UpstreamError, getUpstreamJson, type UpstreamOptions } from './upstream'
import { localizeLinks } from './wordpressLinks'
import { firstParagraph, isGeneratedExcerpt, proseText } from './wordpressLead'
import { WpCategory, WpMedia, WpPost, WpPostLink, WpSearchResult, WpUser } from './wordpressApi'

export interface WordPressOptions {
  /** The site's REST root, e.g. `https://portal.example/wp-json`. */
  apiUrl: string
  timeoutMs?: number
  maxBytes?: number
  /** The language of posts that do not say (a site without a multilingual plugin). */
  language?: Locale
  /** How long the category list is reused: every list and article needs it. */
  categoryTtlMs?: number
  fetch?: typeof fetch
}

const SLUG = SLUG_PATTERN
/** A post whose slug is not URL-safe (WordPress keeps Vietnamese slugs percent-encoded) is `p-<id>`. */
const ID_SLUG = /^p-(\d{1,12})$/
const slugOf = (item: { id: number; slug: string }): string => (SLUG.test(item.slug) && !ID_SLUG.test(item.slug) ? item.slug : `p-${item.id}`)

/** A post's first category that Lectern can route to, in the order WordPress lists them. */
const primaryCategory = (post: { categories: number[] }, categories: WpCategory[]): number | undefined =>
  post.categories.find((id) => categories.some((c) => c.id === id))

/** WordPress gives local time without offset and UTC separately; the domain wants ISO 8601 with offset. */
export function withOffset(local: string, gmt: string | null | undefined): string {
  if (!gmt) return `${local}Z`
  const minutes = Math.round((Date.parse(`${local}Z`) - Date.parse(`${gmt}Z`)) / 60_000)
  if (!Number.isFinite(minutes)) return local
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** A manual excerpt as text; its "[…]" or "Continue reading" tail is WordPress's, not the author's. */
const leadOf = (excerpt: string): string => htmlToText(excerpt.replace(/<a[^>]*class="more-link"[\s\S]*?<\/a>/g, '')).replace(/\s*\[…\]$/, '…')

const NO_TEXT: ArticleDocument = { version: 1, blocks: [] }

/** A post or page read for Lectern. */
interface Read {
  /** The editor's excerpt; undefined when WordPress generated the excerpt from the content. */
  manualLead: string | undefined
  body: ArticleDocument
  protected: boolean
}

/**
 * The WordPress REST API v2 as a content source: posts are articles, pages are pages,
 * categories are categories, `search` finds posts. Titles and excerpts arrive as HTML and are
 * read as text; bodies go through the one sanitizing boundary (`htmlToDocument`).
 */
export class WordPressSource implements ContentSource {
  private readonly api: string
  private readonly site: string
  private readonly upstream: UpstreamOptions
  private readonly language: Locale
  private readonly categoryTtlMs: number
  private categoryCache: { at: number; list: Promise<WpCategory[]> } | undefined
  private readonly names = new Map<number, string>()
  private readonly media = new Map<number, LeadImage | null>()
  private readonly reads = new Map<string, Read>()

  constructor(options: WordPressOptions) {
    this.api = options.apiUrl.replace(/\/+$/, '')
    this.site = `${this.api.replace(/\/wp-json$/, '')}/`
    this.upstream = { timeoutMs: options.timeoutMs ?? 8000, maxBytes: options.maxBytes ?? 8 * 1024 * 1024, ...(options.fetch ? { fetch: options.fetch } : {}) }
    this.language = options.language ?? 'vi'
    this.categoryTtlMs = options.categoryTtlMs ?? 60_000
  }

  private url(path: string, params: Record<string, string | number | undefined> = {}): URL {
    const url = new URL(`${this.api}/wp/v2/${path}`)
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value))
    return url
  }

  /** One page of a collection with WordPress's totals; a page past the end is empty, not an error. */
  private async collection<S extends v.GenericSchema>(
    path: string,
    params: Record<string, string | number | undefined>,
    item: S,
  ): Promise<{ items: v.InferOutput<S>[]; total: number; totalPages: number }> {
    const result = await getUpstreamJson(this.url(path, params), v.array(item), this.upstream, (status) => status === 400)
    if (!result) return { items: [], total: 0, totalPages: 0 }
    if (!result.ok) {
      const code = (result.body as { code?: unknown } | null)?.code
      // WordPress refuses a page past the end (rest_post_invalid_page_number and kin); the
      // contract answers it with no items and the real total.
      if (typeof code === 'string' && code.endsWith('_invalid_page_number') && params.page !== 1) {
        const first: { total: number; totalPages: number } = await this.collection(path, { ...params, page: 1, per_page: 1 }, item)
        return { items: [], total: first.total, totalPages: first.totalPages }
      }
      throw new UpstreamError(502, `The content source refused ${path} (${typeof code === 'string' ? code : 'status 400'}).`)
    }
    const total = Number(result.headers.get('x-wp-total') ?? result.body.length)
    const totalPages = Number(result.headers.get('x-wp-totalpages') ?? 1)
    return { items: result.body as v.InferOutput<S>[], total: Number.isFinite(total) ? total : result.body.length, totalPages }
  }

  /**
   * One item, or undefined when there is none for readers: WordPress answers 404 for an id that
   * does not exist, and 401/403 (`rest_forbidden`) for a draft, private or scheduled one.
   */
  private async one<S extends v.GenericSchema>(path: string, schema: S, params: Record<string, string | number | undefined> = {}) {
    const result = await getUpstreamJson(this.url(path, params), schema, this.upstream, (status) => status === 401 || status === 403)
    return result?.ok ? (result.body as v.InferOutput<S>) : undefined
  }

  private categories(): Promise<WpCategory[]> {
    const now = Date.now()
    if (!this.categoryCache || now - this.categoryCache.at > this.categoryTtlMs) {
      const list = this.allCategories()
      this.categoryCache = { at: now, list }
      list.catch(() => (this.categoryCache = undefined)) // a failure is not remembered
    }
    return this.categoryCache.list
  }

  private async allCategories(): Promise<WpCategory[]> {
    const all: WpCategory[] = []
    for (let page = 1; page <= 10; page++) {
      const { items, totalPages } = await this.collection('categories', { per_page: 100, page, orderby: 'id' }, WpCategory)
      all.push(...items)
      if (page >= totalPages) break
    }
    return all.filter((c) => SLUG.test(c.slug))
  }

  /**
   * The one category Lectern shows a post under: the browsed one when a listing is filtered by a
   * category the post is in, otherwise its first category in WordPress's own order (the same rule
   * the sitemap uses, so a post in two categories is listed once).
   */
  private categoryRef(post: WpPost, categories: WpCategory[], browsing?: number): CategoryRef {
    const id = browsing !== undefined && post.categories.includes(browsing) ? browsing : primaryCategory(post, categories)
    const known = categories.find((c) => c.id === id)
    const embedded = post._embedded?.['wp:term']?.flat().find((t) => t.taxonomy === 'category' && SLUG.test(t.slug))
    const found = known ?? embedded
    const name = found ? htmlToText(found.name) : ''
    return found ? { slug: found.slug, name: { vi: name, en: name } } : { slug: 'uncategorized', name: { vi: 'Chưa phân loại', en: 'Uncategorized' } }
  }

  private async author(post: WpPost): Promise<string> {
    const embedded = post._embedded?.author?.[0]?.name
    if (embedded) return htmlToText(embedded)
    if (!post.author) return ''
    if (this.names.size > 1000) this.names.clear() // a bound, not an eviction policy: authors are few
    if (!this.names.has(post.author)) {
      const user = await this.one(`users/${post.author}`, WpUser).catch(() => undefined)
      this.names.set(post.author, user ? htmlToText(user.name) : '')
    }
    return this.names.get(post.author) ?? ''
  }

  private async image(post: WpPost): Promise<LeadImage | null> {
    const toImage = (m: { source_url?: string | undefined; alt_text?: string | undefined; caption?: { rendered: string } | undefined }): LeadImage | null => {
      const src = m.source_url ? safeUrl(m.source_url, 'src', this.site) : undefined
      return src ? { src, alt: (m.alt_text ?? '').trim(), caption: htmlToText(m.caption?.rendered ?? '') } : null
    }
    const embedded = post._embedded?.['wp:featuredmedia']?.[0]
    if (embedded?.source_url) return toImage(embedded)
    if (!post.featured_media) return null
    if (this.media.size > 1000) this.media.clear()
    if (!this.media.has(post.featured_media)) {
      const media = await this.one(`media/${post.featured_media}`, WpMedia).catch(() => undefined)
      this.media.set(post.featured_media, media ? toImage(media) : null)
    }
    return this.media.get(post.featured_media) ?? null
  }

  private languageOf(item: { lang?: string | undefined }): Locale {
    return item.lang === 'vi' || item.lang === 'en' ? item.lang : this.language
  }

  /**
   * A lead comes from a manual excerpt only, never from the one WordPress generates (the first 55
   * words with headings, quotes and table cells run together; see wordpressLead.ts). A post with a
   * password shows neither lead nor text: WordPress sends them empty, and Lectern says so.
   */
  private read(post: WpPost): Read {
    if (post.content.protected || post.excerpt.protected) return { manualLead: undefined, body: NO_TEXT, protected: true }
    // Parsing and sanitizing a body is most of Lectern's own time per listing; an unchanged post
    // (same id, same modified time, same rendered length) is read once.
    const key = `${post.id}:${post.modified ?? post.date}:${post.content.rendered.length}:${post.excerpt.rendered.length}`
    const known = this.reads.get(key)
    if (known) return known
    if (this.reads.size > 500) this.reads.clear() // a bound, not an eviction policy
    const read = this.readUncached(post)
    this.reads.set(key, read)
    return read
  }

  private readUncached(post: WpPost): Read {
    const body = localizeLinks(htmlToDocument(post.content.rendered, { baseUrl: this.site }), this.site)
    const manualLead = isGeneratedExcerpt(post.excerpt.rendered, post.content.rendered) ? undefined : leadOf(post.excerpt.rendered)
    return { manualLead, body, protected: false }
  }

  /** A listing's summary: the manual excerpt, else the first paragraph (the article keeps it in its body). */
  private static listingLead(read: Read): string {
    return read.manualLead ?? firstParagraph(read.body)
  }

  private async summary(post: WpPost, categories: WpCategory[], read = this.read(post), browsing?: number): Promise<ArticleSummary> {
    const [author, image] = await Promise.all([this.author(post), this.image(post)])
    const published = withOffset(post.date, post.date_gmt)
    const updated = post.modified && post.modified !== post.date ? withOffset(post.modified, post.modified_gmt) : null
    return {
      slug: slugOf(post),
      title: htmlToText(post.title.rendered),
      lead: WordPressSource.listingLead(read),
      category: this.categoryRef(post, categories, browsing),
      published,
      updated,
      author,
      language: this.languageOf(post),
      image,
      readingMinutes: readingMinutes(countWords(htmlToText(post.content.rendered))),
      ...(read.protected ? { protected: true } : {}),
    }
  }

  async listArticles(query: PageQuery & { category?: string }): Promise<Paged<ArticleSummary> | undefined> {
    const categories = await this.categories()
    let categoryId: number | undefined
    if (query.category) {
      categoryId = categories.find((c) => c.slug === query.category)?.id
      if (categoryId === undefined) return undefined
    }
    const { items, total } = await this.collection('posts', {
      _embed: 'author,wp:featuredmedia,wp:term', page: query.page, per_page: query.pageSize, categories: categoryId,
    }, WpPost)
    return { items: await Promise.all(items.map((p) => this.summary(p, categories, this.read(p), categoryId))), total, page: query.page,
      pageSize: query.pageSize }
  }

  private async findBySlug(kind: 'posts' | 'pages', slug: string): Promise<WpPost | undefined> {
    const byId = ID_SLUG.exec(slug)
    if (byId) return this.one(`${kind}/${byId[1]}`, WpPost, { _embed: 'author,wp:featuredmedia,wp:term' })
    const { items } = await this.collection(kind, { slug, _embed: 'author,wp:featuredmedia,wp:term' }, WpPost)
    return items[0]
  }

  async getArticle(slug: string): Promise<Article | undefined> {
    const [post, categories] = await Promise.all([this.findBySlug('posts', slug), this.categories()])
    if (!post) return undefined
    const read = this.read(post)
    // Without a manual excerpt there is no separate lead: the first paragraph is read once, in the body.
    return { ...(await this.summary(post, categories, read)), lead: read.manualLead ?? '', source: null, body: read.body }
  }

  async listCategories(): Promise<Category[]> {
    return (await this.categories()).map((c) => {
      const name = htmlToText(c.name)
      const description = htmlToText(c.description)
      return { slug: c.slug, name: { vi: name, en: name }, description: { vi: description, en: description }, articleCount: c.count }
    })
  }

  async getPage(slug: string): Promise<Page | undefined> {
    const page = await this.findBySlug('pages', slug)
    if (!page) return undefined
    const read = this.read(page)
    return {
      slug: slugOf(page),
      title: htmlToText(page.title.rendered),
      lead: read.manualLead ?? '',
      language: this.languageOf(page),
      updated: page.modified ? withOffset(page.modified, page.modified_gmt) : null,
      body: read.body,
    }
  }

  async search(query: PageQuery & { q: string }): Promise<Paged<SearchHit>> {
    const found = await this.collection('search', { search: query.q, type: 'post', subtype: 'post', page: query.page, per_page: query.pageSize }, WpSearchResult)
    const empty = { items: [], total: found.total, page: query.page, pageSize: query.pageSize }
    const ids = found.items.map((r) => r.id)
    if (!ids.length) return empty
    const [{ items: posts }, categories] = await Promise.all([
      this.collection('posts', { include: ids.join(','), orderby: 'include', per_page: ids.length, _embed: 'author,wp:featuredmedia,wp:term' }, WpPost),
      this.categories(),
    ])
    const marks = snippetQuery(query.q)
    const items = await Promise.all(posts.map(async (post) => {
      const read = this.read(post)
      const hit = await this.summary(post, categories, read)
      // Headings, quotes and tables are not what a snippet quotes; a protected post shows none of its text.
      return { ...hit, snippet: snippet(`${read.manualLead ?? ''}\n${proseText(read.body)}`, marks) }
    }))
    return { ...empty, items }
  }

  async sitemap(): Promise<Sitemap> {
    const [categories, posts, pages] = await Promise.all([this.listCategories(), this.allLinks('posts'), this.allLinks('pages')])
    const wpCategories = await this.categories()
    const entry = (p: WpPostLink) => ({ slug: slugOf(p), title: htmlToText(p.title.rendered), language: this.languageOf(p) })
    return {
      categories: categories.map((c) => {
        const id = wpCategories.find((w) => w.slug === c.slug)?.id
        return { slug: c.slug, name: c.name, articles: posts.filter((p) => id !== undefined && primaryCategory(p, wpCategories) === id).map(entry) }
      }),
      pages: pages.map(entry),
    }
  }

  /** Every post or page in short form, a hundred at a time, up to a thousand. */
  private async allLinks(kind: 'posts' | 'pages'): Promise<WpPostLink[]> {
    const all: WpPostLink[] = []
    for (let page = 1; page <= 10; page++) {
      const { items, totalPages } = await this.collection(kind, { per_page: 100, page, _fields: 'id,slug,title,categories,lang' }, WpPostLink)
      all.push(...items)
      if (page >= totalPages) break
    }
    return all
  }
}
