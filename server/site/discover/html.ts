import { parseHTML } from 'linkedom'

const absolute = (href: string | null | undefined, base: string): string | undefined => {
  if (!href) return undefined
  try {
    const url = new URL(href.trim(), base)
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}

/** The RSS and Atom feeds a page announces with `<link rel="alternate">`. */
export function feedLinks(html: string, base: string): string[] {
  const { document } = parseHTML(html)
  return [...document.querySelectorAll('link[rel~="alternate"]')]
    .filter((l) => /(rss|atom)\+xml/i.test(l.getAttribute('type') ?? ''))
    .map((l) => absolute(l.getAttribute('href'), base))
    .filter((u): u is string => Boolean(u))
}

/** On a listing page: the article links `selector` finds, and the next page's link when `next` finds one. */
export function listingLinks(html: string, base: string, selector: string, next?: string): { links: string[]; next?: string } {
  const { document } = parseHTML(html)
  const links = [...document.querySelectorAll(selector)]
    .map((a) => absolute(a.getAttribute('href'), base))
    .filter((u): u is string => Boolean(u))
  const nextLink = next ? absolute(document.querySelector(next)?.getAttribute('href'), base) : undefined
  return { links, next: nextLink }
}
