/**
 * The seam between the site source's two halves: extraction (server/site/extract/) turns one
 * fetched page into an `ExtractedPage`; sync (discovery, fetching, storing) decides which pages to
 * fetch and what becomes of what was extracted. A site profile (SITE_PROFILE, YAML or JSON) tunes both.
 */

/** CSS selectors a portal team states for its own templates; every field is optional. */
export interface SiteProfile {
  /** The article's body (the first match). */
  body?: string
  title?: string
  /** Elements holding the published / updated date text (or `<time datetime>`). */
  date?: string
  updated?: string
  author?: string
  lead?: string
  category?: string
  /** Parts of the body to drop (share buttons, related lists, print links, …). */
  drop?: string[]
  /** For portals without sitemap or feed: listing pages to start from, and how to follow them. */
  listing?: {
    /** Addresses (absolute, or paths under SITE_URL) of listing pages. */
    pages: string[]
    /** Links to articles on a listing page. */
    links: string
    /** The link to the next listing page, if any. */
    next?: string
    /** How many listing pages to follow from each start page at most (default 50). */
    maxPages?: number
  }
  /** Only addresses matching one of these regular expressions are articles (default: all found). */
  articlePattern?: string[]
  /** IANA time zone of dates printed without an offset (default Asia/Ho_Chi_Minh). */
  timeZone?: string
  /** The portal's language when a page does not say (default vi). */
  language?: 'vi' | 'en'
}

export interface ExtractedPicture {
  /** Absolute URL on the origin. */
  src: string
  alt: string
  caption: string
}

/** What extraction recovered from one page. */
export interface ExtractedPage {
  /** The page's address after redirects (absolute). */
  url: string
  title: string
  /** The body as HTML (still untrusted: it goes through the same sanitizer as WordPress content). */
  contentHtml: string
  /** Plain text of the lead ('' when none). Not repeated at the start of `contentHtml`. */
  lead: string
  /** ISO 8601 with offset, when found. */
  published?: string
  updated?: string
  author?: string
  category?: { slug: string; name: string }
  language: 'vi' | 'en'
  /** The page's own language when it says it is neither vi nor en (a canonical BCP 47 tag); `language` is then en. */
  textLanguage?: string
  /** The lead picture, when the page names one (og:image, or the first figure). */
  image?: ExtractedPicture
  /** Words in lead + body text. */
  wordCount: number
  /** For operators: "no date found", "no author found", "body shorter than 50 words", … */
  warnings: string[]
}

/** Extraction found no article (an error page, a listing, a maintenance notice, …). */
export interface ExtractionFailure {
  failed: string
}
