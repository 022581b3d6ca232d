import type { PageMeta } from './head'

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g
const ESCAPED: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }
/**
 * JSON inside a script element: nothing in it can close the element or start a comment. One pass
 * over the text (an article's hydration data runs to tens of kilobytes, on every render).
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(SCRIPT_UNSAFE, (character) => ESCAPED[character] ?? character)

export interface HeadInput {
  title: string
  meta: PageMeta
  /** Absolute URL of this page, without tracking or paging noise (`?q=`, `?trang=` are kept). */
  canonical: string
  siteName: string
  locale: string
}

/** The page's own `<head>` tags: title, description, canonical URL, Open Graph, and JSON-LD for articles. */
/** Open Graph's form of a language: vi_VN, en_US, else the tag itself with underscores (fr, zh_Hans). */
const ogLocale = (lang: string): string => (lang === 'en' ? 'en_US' : lang === 'vi' ? 'vi_VN' : lang.replace(/-/g, '_'))

export function renderHead({ title, meta, canonical, siteName, locale }: HeadInput): string {
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:type" content="${meta.type ?? 'website'}">`,
    `<meta property="og:url" content="${escapeHtml(canonical)}">`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}">`,
    `<meta property="og:locale" content="${escapeHtml(ogLocale(meta.lang ?? locale))}">`,
  ]
  if (meta.description) {
    tags.push(`<meta name="description" content="${escapeHtml(meta.description)}">`)
    tags.push(`<meta property="og:description" content="${escapeHtml(meta.description)}">`)
  }
  if (meta.image) {
    tags.push(`<meta property="og:image" content="${escapeHtml(meta.image.url)}">`)
    tags.push(`<meta property="og:image:alt" content="${escapeHtml(meta.image.alt)}">`)
  }
  if (meta.jsonLd) tags.push(`<script type="application/ld+json">${scriptSafeJson(meta.jsonLd)}</script>`)
  return tags.join('\n    ')
}
