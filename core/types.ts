import type { Locale } from './locale'
import type { ArticleDocument } from './document'

/** The content API's domain types: what `/api/*` answers, whatever the source behind it. */

export type { Locale }

export interface Localized {
  vi: string
  en: string
}

export interface Category {
  slug: string
  name: Localized
  description: Localized
  articleCount: number
}

export interface CategoryRef {
  slug: string
  name: Localized
}

export interface LeadImage {
  src: string
  alt: string
  caption: string
}

export interface ArticleSummary {
  slug: string
  title: string
  lead: string
  category: CategoryRef
  /** ISO 8601 with offset. */
  published: string
  updated: string | null
  author: string
  language: Locale
  /**
   * The text's own language (a BCP 47 tag: "fr", "zh-Hans") when it is neither Vietnamese nor
   * English: a synced page in French or Chinese. Its title, lead and body carry it as their `lang`
   * and the voice that reads it speaks it; `language` is then English, the interface language
   * nearer to its reader. Read it with `textLanguageOf`.
   */
  textLanguage?: string
  image: LeadImage | null
  readingMinutes: number
  /** The source keeps it behind a password: listed by title, its text never shown. */
  protected?: boolean
  /** The page on the portal this copy was synced from (site source). */
  originalUrl?: string
  /** Set when the latest refresh from the portal failed: when the portal last confirmed this copy. */
  confirmedAt?: string
}

export interface Article extends ArticleSummary {
  source: string | null
  body: ArticleDocument
}

export interface Page {
  slug: string
  title: string
  lead: string
  language: Locale
  updated: string | null
  body: ArticleDocument
}

export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** A stretch of a search snippet; `match` stretches are what the query matched. */
export interface SnippetPart {
  text: string
  match: boolean
}

export interface SearchHit extends ArticleSummary {
  snippet: SnippetPart[]
}

export interface SitemapEntry {
  slug: string
  title: string
  language: Locale
  /** As on ArticleSummary. */
  textLanguage?: string
}

export interface Sitemap {
  categories: (CategoryRef & { articles: SitemapEntry[] })[]
  pages: SitemapEntry[]
}

/** What the server hands the SPA at run time (one build serves any deployment). */
export interface RuntimeConfig {
  siteName: Localized
  /** The portal's tagline (a WordPress site's description); null when there is none. */
  siteDescription?: Localized | null
  contentSource: 'lectern' | 'wordpress'
  editorUrl: string | null
  /** Days feedback is kept (FEEDBACK_RETENTION_DAYS), as the feedback form tells readers. */
  feedbackRetentionDays: number
}
