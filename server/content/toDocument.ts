import { LANGUAGE_TAG_PATTERN } from '../../core/patterns'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import type {
  ArticleDocument,
  Block,
  ImageRef,
  Inline,
  TableCell,
} from '../../core/document'
import { inlineText } from '../../core/text'
import { slugify } from '../../core/fold'
import type { ConversionNote } from '../../core/contentFindings'
import { notebookFor, type Notebook } from './conversionNotes'
import { markAbbreviations } from './abbreviations'

export interface DocumentOptions {
  /** Where the source lives: relative links and images are resolved against it (else dropped). */
  baseUrl?: string
  /** Receives a note for everything conversion drops or repairs (content checks store them). */
  notes?: ConversionNote[]
  /** Known abbreviation → expansion (a glossary in the document's language): marked as `abbr`. */
  abbreviations?: ReadonlyMap<string, string>
}

/**
 * Sanitized hast to the document model, normalizing for accessibility on the way:
 * one h1 per page (the title), so body h1s become h2 and heading levels never skip;
 * images alone in a paragraph become figures (title → caption); tables get header scopes,
 * layout tables lose table semantics; empty links vanish; new-window links are marked;
 * language tags are kept when they are language tags; links and images keep only URLs the
 * browser-side schema accepts; whitespace is collapsed as a browser would.
 * Gutenberg blocks arrive as figures and divs: galleries keep each picture's caption,
 * table blocks give their caption to the table, quotes keep their citation.
 */
export function toDocument(root: Root, options: DocumentOptions = {}): ArticleDocument {
  const state: State = { lastLevel: 1, ids: new Set(), note: notebookFor(options.notes) }
  // Inline helpers read the base URL from here rather than threading it through every call;
  // the conversion is synchronous, so no other document can see it.
  current = options
  try {
    const doc: ArticleDocument = { version: 1, blocks: blocksOf(root.children, state) }
    return options.abbreviations ? markAbbreviations(doc, options.abbreviations) : doc
  } finally {
    current = {}
  }
}

let current: DocumentOptions = {}

const LANGUAGE_TAG = LANGUAGE_TAG_PATTERN
const validLang = (value: string | undefined): string | undefined =>
  value && LANGUAGE_TAG.test(value.trim()) ? value.trim() : undefined

/**
 * A URL the renderer may use, or undefined. Protocol-relative URLs become https; relative ones
 * resolve against the source's site when it is known; site paths stay site paths otherwise.
 */
export function safeUrl(raw: string, kind: 'href' | 'src', baseUrl = current.baseUrl): string | undefined {
  const value = raw.trim()
  if (!value || value.length > 2048) return undefined
  if (kind === 'href' && (/^(?:mailto|tel):/i.test(value) || value.startsWith('#'))) return value
  if (/^https?:\/\//i.test(value)) return value
  if (value.startsWith('//')) return `https:${value}`
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined // any other scheme
  if (baseUrl) {
    try {
      const resolved = new URL(value, baseUrl)
      return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined
    } catch {
      return undefined
    }
  }
  return value.startsWith('/') ? value : undefined
}

interface State {
  lastLevel: number
  ids: Set<string>
  note: Notebook
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
      return paragraphOf(el.children, validLang(attr(el, 'lang')))
    case 'ul':
    case 'ol':
      return listOf(el, state)
    case 'blockquote': {
      // A Gutenberg quote names its source in <cite>: keep it, as its own line after the words.
      const cites = el.children.filter((c): c is Element => isElement(c) && c.tagName === 'cite')
      const children = blocksOf(el.children.filter((c) => !cites.includes(c as Element)), state)
      for (const cite of cites) {
        const source = inlinesOf(cite.children)
        if (source.length) children.push({ type: 'paragraph', children: [{ type: 'text', value: '— ' }, ...source] })
      }
      const lang = validLang(attr(el, 'lang'))
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
  if (level < sourceLevel) state.note('heading-skipped', text)
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
  // Images inside links or spans too (a classic WordPress gallery wraps each in a link).
  const images = nodes.flatMap((n): Element[] => (isElement(n) ? (n.tagName === 'img' ? [n] : findAll(n, 'img')) : []))
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
  const raw = attr(img, 'src')
  const src = raw ? safeUrl(raw, 'src') : undefined
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
  // Only the figure's own caption: a gallery's inner figures keep theirs.
  const figcaption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'figcaption')
  const caption = figcaption ? inlinesOf(figcaption.children) : []
  const rest = el.children.filter((c) => c !== figcaption)
  const images = findAll(el, 'img')
  const table = findFirst(el, 'table')
  // A Gutenberg table block: its figcaption is the table's caption.
  if (table && images.length === 0) return tableOf(table, state, caption)
  const captionParagraph: Block[] = caption.length ? [{ type: 'paragraph', children: caption }] : []
  // A gallery block (figures in a figure, or in a list): the gallery's caption first, then
  // each picture as its own figure with its own caption.
  if (findFirst(el, 'figure')) return [...captionParagraph, ...blocksOf(rest, state)]
  // A pull quote, an embed (already a link) or anything else without pictures: content, then caption.
  if (images.length === 0) return [...blocksOf(rest, state), ...captionParagraph]
  // Several pictures under one caption: each its own figure, the shared caption on the first.
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

/** Cell content that only a layout table holds: headings, lists, pictures, nested tables, several paragraphs. */
const LAYOUT_CONTENT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'img', 'figure', 'table', 'blockquote'])
const holdsLayoutContent = (cell: Element): boolean =>
  [...LAYOUT_CONTENT].some((tag) => findFirst(cell, tag)) || findAll(cell, 'p').length > 1

function tableOf(el: Element, state: State, outerCaption: Inline[] = []): Block[] {
  // Rows of this table only, not of a table nested in one of its cells.
  const rowsOf = (node: Element): Element[] =>
    node.children.flatMap((c) => (isElement(c) ? (c.tagName === 'tr' ? [c] : c.tagName === 'table' ? [] : rowsOf(c)) : []))
  const rows = rowsOf(el).map((tr) =>
    tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'th' || c.tagName === 'td')),
  )
  const hasHeader = rows.some((row) => row.some((cell) => cell.tagName === 'th'))
  const width = Math.max(0, ...rows.map((r) => r.length))
  // A table with no header cell that is one row or column, or whose cells hold page structure,
  // is laid out, not data: keep its content in reading order, without table semantics.
  if (!hasHeader && (rows.length < 2 || width < 2 || rows.some((row) => row.some(holdsLayoutContent)))) {
    return rows.flatMap((row) => row.flatMap((cell) => blocksOf(cell.children, state)))
  }
  const ownCaption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'caption')
  const captionEl = ownCaption ?? (outerCaption.length ? undefined : findFirst(el, 'caption'))
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
    caption: captionEl ? inlinesOf(captionEl.children) : outerCaption,
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
      const lang = validLang(attr(node, 'lang'))
      const inner = children()
      return lang && inner.length ? [{ type: 'lang', lang, children: inner }] : inner
    }
  }
}

function linkOf(el: Element): Inline[] {
  const children = inlinesOf(el.children)
  const raw = attr(el, 'href')
  const href = raw ? safeUrl(raw, 'href') : undefined
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
