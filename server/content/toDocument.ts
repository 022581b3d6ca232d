import type { Element, ElementContent, Root, RootContent } from 'hast'
import type {
  ArticleDocument,
  Block,
  ImageRef,
  Inline,
  TableCell,
} from '../../src/content/document'
import { inlineText } from '../../src/content/text'
import { slugify } from '../../src/content/fold'

/**
 * Sanitized hast to the document model, normalizing for accessibility on the way:
 * one h1 per page (the title), so body h1s become h2 and heading levels never skip;
 * images alone in a paragraph become figures (title → caption); tables get header scopes,
 * layout tables lose table semantics; empty links vanish; new-window links are marked;
 * whitespace is collapsed as a browser would.
 */
export function toDocument(root: Root): ArticleDocument {
  const state: State = { lastLevel: 1, ids: new Set() }
  return { version: 1, blocks: blocksOf(root.children, state) }
}

interface State {
  lastLevel: number
  ids: Set<string>
}

type Node = RootContent | ElementContent

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const CONTAINERS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'details',
  'summary', 'center', 'dl', 'dd', 'dt', 'tbody', 'thead', 'tfoot',
])
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'address', 'figure', 'table', 'pre', 'hr', ...Object.keys(HEADINGS), ...CONTAINERS])

const isElement = (node: Node): node is Element => node.type === 'element'
const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  return Array.isArray(value) ? value.join(' ') : String(value)
}

function blocksOf(nodes: readonly Node[], state: State): Block[] {
  const blocks: Block[] = []
  let run: Node[] = []
  const flush = (): void => {
    if (run.length) blocks.push(...paragraphOf(run, undefined))
    run = []
  }
  for (const node of nodes) {
    if (isElement(node) && BLOCKS.has(node.tagName)) {
      flush()
      blocks.push(...blockOf(node, state))
    } else if (isElement(node) && node.tagName === 'img') {
      flush()
      blocks.push(...figureOf(node, []))
    } else {
      run.push(node)
    }
  }
  flush()
  return blocks
}

function blockOf(el: Element, state: State): Block[] {
  const level = HEADINGS[el.tagName]
  if (level !== undefined) return headingOf(el, level, state)
  switch (el.tagName) {
    case 'p':
      return paragraphOf(el.children, attr(el, 'lang'))
    case 'ul':
    case 'ol':
      return listOf(el, state)
    case 'blockquote': {
      const children = blocksOf(el.children, state)
      const lang = attr(el, 'lang')
      return children.length ? [{ type: 'quote', ...(lang ? { lang } : {}), children }] : []
    }
    case 'address': {
      // Contact details for the page or organization (HTML's own word for it, WCAG 1.3.1).
      const children = blocksOf(el.children, state)
      return children.length ? [{ type: 'address', children }] : []
    }
    case 'figure':
      return figureElementOf(el, state)
    case 'table':
      return tableOf(el, state)
    case 'pre': {
      const value = textOf(el)
      return value.trim() ? [{ type: 'code', value: value.replace(/\n$/, '') }] : []
    }
    case 'hr':
      return [{ type: 'rule' }]
    default:
      return blocksOf(el.children, state)
  }
}

function headingOf(el: Element, sourceLevel: number, state: State): Block[] {
  const children = inlinesOf(el.children)
  const text = inlineText(children).trim()
  if (!text) return []
  const level = Math.min(Math.max(sourceLevel, 2), state.lastLevel + 1, 6) as 2 | 3 | 4 | 5 | 6
  state.lastLevel = level
  return [{ type: 'heading', level, id: uniqueId(slugify(text) || 'muc', state), children }]
}

function uniqueId(base: string, state: State): string {
  let id = base
  for (let n = 2; state.ids.has(id); n++) id = `${base}-${n}`
  state.ids.add(id)
  return id
}

/** A paragraph; images inside it are lifted out as figures after it (the model has no inline images). */
function paragraphOf(nodes: readonly Node[], lang: string | undefined): Block[] {
  const images = nodes.filter((n): n is Element => isElement(n) && n.tagName === 'img')
  const rest = nodes.filter((n) => !images.includes(n as Element))
  let children = inlinesOf(rest)
  if (lang && children.length) children = [{ type: 'lang', lang, children }]
  const hasText = inlineText(children).trim() !== ''
  const figures = images.flatMap((img) => figureOf(img, []))
  return hasText ? [{ type: 'paragraph', children }, ...figures] : figures
}

function listOf(el: Element, state: State): Block[] {
  const items = el.children
    .filter((c): c is Element => isElement(c) && c.tagName === 'li')
    .map((li) => blocksOf(li.children, state))
    .filter((item) => item.length > 0)
  if (!items.length) return []
  const ordered = el.tagName === 'ol'
  const start = Number(attr(el, 'start'))
  return [{ type: 'list', ordered, ...(ordered && Number.isInteger(start) && start !== 1 ? { start } : {}), items }]
}

function imageOf(img: Element): ImageRef | undefined {
  const src = attr(img, 'src')
  if (!src) return undefined
  const alt = attr(img, 'alt')
  const width = Number(attr(img, 'width'))
  const height = Number(attr(img, 'height'))
  return {
    src,
    alt: (alt ?? '').trim(),
    // An explicit empty alt is an author's statement that the image is decorative;
    // a missing alt is not, and the renderer says a description is missing.
    decorative: alt !== undefined && alt.trim() === '',
    ...(width > 0 && height > 0 ? { width, height } : {}),
  }
}

function figureOf(img: Element, caption: Inline[]): Block[] {
  const image = imageOf(img)
  if (!image) return []
  const title = attr(img, 'title')
  const finalCaption = caption.length ? caption : title ? [{ type: 'text' as const, value: title }] : []
  return [{ type: 'figure', image, caption: finalCaption }]
}

function figureElementOf(el: Element, state: State): Block[] {
  const figcaption = findFirst(el, 'figcaption')
  const caption = figcaption ? inlinesOf(figcaption.children) : []
  const images = findAll(el, 'img')
  if (images.length === 0) return blocksOf(el.children.filter((c) => c !== figcaption), state)
  // A gallery figure: every image its own figure, the shared caption on the first.
  return images.flatMap((img, i) => figureOf(img, i === 0 ? caption : []))
}

function findAll(el: Element, tag: string): Element[] {
  return el.children.flatMap((c) =>
    isElement(c) ? (c.tagName === tag ? [c] : findAll(c, tag)) : [],
  )
}
function findFirst(el: Element, tag: string): Element | undefined {
  return findAll(el, tag)[0]
}

function tableOf(el: Element, state: State): Block[] {
  const rows = findAll(el, 'tr').map((tr) =>
    tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'th' || c.tagName === 'td')),
  )
  const hasHeader = rows.some((row) => row.some((cell) => cell.tagName === 'th'))
  const width = Math.max(0, ...rows.map((r) => r.length))
  // A table with no header cell and only one row or column is laid out, not data: keep its text.
  if (!hasHeader && (rows.length < 2 || width < 2)) {
    return rows.flatMap((row) => row.flatMap((cell) => blocksOf(cell.children, state)))
  }
  const captionEl = findFirst(el, 'caption')
  const headRowCount = hasHeader ? leadingHeaderRows(rows) : 1
  const toCell = (cell: Element, inHead: boolean, index: number): TableCell => {
    const header = inHead || cell.tagName === 'th'
    const align = attr(cell, 'align')
    return {
      header,
      ...(header ? { scope: inHead ? 'col' : index === 0 ? 'row' : 'col' } : {}),
      ...(align === 'left' || align === 'center' || align === 'right' ? { align } : {}),
      children: inlinesOf(cell.children),
    }
  }
  return [{
    type: 'table',
    caption: captionEl ? inlinesOf(captionEl.children) : [],
    head: rows.slice(0, headRowCount).map((row) => row.map((c, i) => toCell(c, true, i))),
    body: rows.slice(headRowCount).map((row) => row.map((c, i) => toCell(c, false, i))),
  }]
}

function leadingHeaderRows(rows: Element[][]): number {
  let n = 0
  while (n < rows.length && rows[n]!.every((c) => c.tagName === 'th')) n++
  return n
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value
  if (isElement(node)) return node.children.map(textOf).join('')
  return ''
}

const INLINE_WRAPPERS: Record<string, 'strong' | 'emphasis' | 'delete'> = {
  strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis', del: 'delete', s: 'delete',
}

function inlinesOf(nodes: readonly Node[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) out.push(...inlineOf(node))
  return collapseWhitespace(out)
}

function inlineOf(node: Node): Inline[] {
  if (node.type === 'text') return node.value ? [{ type: 'text', value: node.value }] : []
  if (!isElement(node)) return []
  const wrapper = INLINE_WRAPPERS[node.tagName]
  const children = (): Inline[] => inlinesOf(node.children)
  if (wrapper) {
    const inner = children()
    return inner.length ? [{ type: wrapper, children: inner }] : []
  }
  switch (node.tagName) {
    case 'br':
      return [{ type: 'break' }]
    case 'code':
      return [{ type: 'code', value: textOf(node) }]
    case 'a':
      return linkOf(node)
    case 'abbr': {
      const title = attr(node, 'title')
      return title ? [{ type: 'abbr', title, children: children() }] : children()
    }
    case 'img':
      return []
    default: {
      const lang = attr(node, 'lang')
      const inner = children()
      return lang && inner.length ? [{ type: 'lang', lang, children: inner }] : inner
    }
  }
}

function linkOf(el: Element): Inline[] {
  const children = inlinesOf(el.children)
  const href = attr(el, 'href')
  if (!inlineText(children).trim()) return [] // an empty link is a trap for screen readers
  if (!href) return children
  const title = attr(el, 'title')
  return [{
    type: 'link',
    href,
    ...(title ? { title } : {}),
    ...(attr(el, 'target') === '_blank' ? { newWindow: true } : {}),
    children,
  }]
}

/** Collapse runs of white space inside text as HTML rendering would, and trim the ends. */
function collapseWhitespace(nodes: Inline[]): Inline[] {
  const out = nodes.map((n) => (n.type === 'text' ? { ...n, value: n.value.replace(/\s+/g, ' ') } : n))
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.replace(/^ /, '')
  const last = out[out.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/ $/, '')
  return out.filter((n) => n.type !== 'text' || n.value !== '')
}
