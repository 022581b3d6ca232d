import type { ArticleDocument, Block, Inline } from '../../../core/document'
import { pathTo } from '../../../core/paths'

export interface Rewriters {
  /** The slug of a synced article at this address (no fragment), or undefined. */
  slugOf(url: string): string | undefined
  /** Where Lectern serves a picture from the origin, or undefined for one it will not serve. */
  pictureSrc(url: string): string | undefined
}

/**
 * Links between synced articles become Lectern links (their fragment kept); every other link
 * stays absolute. Pictures on the origin are served through Lectern (see pictures/), so readers'
 * browsers never ask another host and saved articles keep them; a picture elsewhere is dropped.
 */
export function rewriteDocument(document: ArticleDocument, rewriters: Rewriters): ArticleDocument {
  return { ...document, blocks: document.blocks.flatMap((block) => rewriteBlock(block, rewriters)) }
}

function rewriteBlock(block: Block, r: Rewriters): Block[] {
  switch (block.type) {
    case 'paragraph':
      return [{ ...block, children: rewriteInlines(block.children, r) }]
    case 'heading':
      return [{ ...block, children: rewriteInlines(block.children, r) }]
    case 'list':
      return [{ ...block, items: block.items.map((item) => item.flatMap((b) => rewriteBlock(b, r))) }]
    case 'quote':
    case 'address':
      return [{ ...block, children: block.children.flatMap((b) => rewriteBlock(b, r)) }]
    case 'figure': {
      const src = r.pictureSrc(block.image.src)
      return src ? [{ ...block, image: { ...block.image, src }, caption: rewriteInlines(block.caption, r) }] : []
    }
    case 'table': {
      const cells = (rows: typeof block.body) => rows.map((row) => row.map((cell) => ({ ...cell, children: rewriteInlines(cell.children, r) })))
      return [{ ...block, caption: rewriteInlines(block.caption, r), head: cells(block.head), body: cells(block.body) }]
    }
    default:
      return [block]
  }
}

function rewriteInlines(inlines: Inline[], r: Rewriters): Inline[] {
  return inlines.map((inline) => {
    if (inline.type === 'link') {
      return { ...inline, href: rewriteHref(inline.href, r), children: rewriteInlines(inline.children, r) }
    }
    if ('children' in inline) return { ...inline, children: rewriteInlines(inline.children, r) }
    return inline
  })
}

function rewriteHref(href: string, r: Rewriters): string {
  if (!/^https?:\/\//i.test(href)) return href
  const url = new URL(href)
  const hash = url.hash
  url.hash = ''
  const slug = r.slugOf(url.href)
  return slug ? `${pathTo.article(slug)}${hash}` : href
}
