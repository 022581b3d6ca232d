import { PAGE_PATHS, PAGE_SLUGS, pathTo, type PageKey } from '../../core/paths'
import { SLUG_PATTERN } from '../../core/patterns'
import type { ArticleDocument, Block, Inline } from '../../core/document'

const SLUG = SLUG_PATTERN
/** The app's routes for the static pages, by the WordPress page slug they show. */
const PAGE_ROUTES: Record<string, string> = Object.fromEntries((Object.keys(PAGE_SLUGS) as PageKey[])
  .flatMap((page) => [[PAGE_SLUGS[page].vi, PAGE_PATHS[page]], [PAGE_SLUGS[page].en, PAGE_PATHS[page]]]))

/**
 * A link to the portal's own WordPress permalink, as a Lectern route, so a reader following a
 * link inside an article stays in the accessible reader: `/category/<slug>/` → `/chuyen-muc/…`,
 * a known page → its route, any other `/…/<slug>/` → `/bai-viet/<slug>`. Files (uploads,
 * anything with an extension), the admin, feeds and other sites are left alone.
 */
export function localizeLink(href: string, site: string): string {
  let url: URL
  let base: URL
  try {
    url = new URL(href)
    base = new URL(site)
  } catch {
    return href
  }
  if (url.host !== base.host || url.search) return href
  const basePath = base.pathname.replace(/\/+$/, '')
  if (!url.pathname.startsWith(`${basePath}/`)) return href
  const segments = url.pathname.slice(basePath.length).split('/').filter(Boolean)
  const last = segments[segments.length - 1]
  if (!last || /^(?:wp-|feed$|comments$|tag$|author$|page$)/.test(segments[0]!) || last.includes('.')) return href
  const hash = url.hash
  if (segments[0] === 'category' && SLUG.test(last)) return `${pathTo.category(last)}${hash}`
  if (segments.length === 1 && PAGE_ROUTES[last]) return `${PAGE_ROUTES[last]}${hash}`
  return SLUG.test(last) ? `${pathTo.article(last)}${hash}` : href
}

/** The document with every link to the portal's own permalinks turned into a Lectern route. */
export function localizeLinks(doc: ArticleDocument, site: string): ArticleDocument {
  const inline = (node: Inline): Inline => {
    if (node.type === 'link') return { ...node, href: localizeLink(node.href, site), children: node.children.map(inline) }
    return 'children' in node ? { ...node, children: node.children.map(inline) } : node
  }
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return { ...b, children: b.children.map(inline) }
      case 'list':
        return { ...b, items: b.items.map((item) => item.map(block)) }
      case 'quote':
        return { ...b, children: b.children.map(block) }
      case 'figure':
        return { ...b, caption: b.caption.map(inline) }
      case 'table': {
        const rows = (r: typeof b.head) => r.map((row) => row.map((cell) => ({ ...cell, children: cell.children.map(inline) })))
        return { ...b, caption: b.caption.map(inline), head: rows(b.head), body: rows(b.body) }
      }
      default:
        return b
    }
  }
  return { ...doc, blocks: doc.blocks.map(block) }
}
