import { slugify } from '../../../core/fold'

const GENERIC = /^(?:index|default|home|trang-chu|view|detail|details|chi-tiet|article|bai-viet|news|tin-tuc|\d+)$/

/**
 * A slug for an article address, from its path: the last segment without its extension
 * ("/Pages/tin-tuc/hop-ubnd.aspx" → "hop-ubnd"), with the segment before it when the last says
 * nothing ("…/123/index.html"), and the query's values when the path alone does not tell pages
 * apart ("/news.php?id=7" → "news-7"). Folded to ASCII; `taken` makes it unique ("-2", "-3", …).
 */
export function slugForUrl(raw: string, taken: (slug: string) => boolean): string {
  const url = new URL(raw)
  const segments = url.pathname.split('/').map((s) => safeDecode(s).replace(/\.[a-z0-9]{1,5}$/i, '')).filter(Boolean)
  const parts = segments.slice(-1)
  if (segments.length > 1 && GENERIC.test(slugify(parts[0] ?? ''))) parts.unshift(segments.at(-2)!)
  const query = [...url.searchParams.values()].join(' ')
  const base = trim(slugify(`${parts.join(' ')} ${query}`)) || 'bai-viet'
  if (!taken(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${trim(base.slice(0, 72))}-${n}`
    if (!taken(candidate)) return candidate
  }
}

const trim = (slug: string): string => slug.replace(/-+/g, '-').replace(/^-|-$/g, '')

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
