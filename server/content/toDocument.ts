import type { Element, Root } from 'hast'
import type { ConversionNote } from '../../core/contentFindings'
import type { ArticleDocument, Block, ImageRef, Inline } from '../../core/document'
import { slugify } from '../../core/fold'
import { inlineText } from '../../core/text'
import { markAbbreviations } from './abbreviations'
import { claimAnchors, fragmentTargets, resolveFragmentLinks, uniqueId } from './anchors'
import type { Conversion } from './conversion'
import { notebookFor } from './conversionNotes'
import { attr, isElement, textOf, type HastNode } from './hastText'
import { inlinesOf, linkName, validLang } from './toInlines'
import { tableOf } from './toTable'
import { repairTypedLists } from './typedLists'
import { safeImageUrl, safeUrl } from './urls'

export { safeUrl } from './urls'

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
 * one h1 per page (the title), so body h1s become h2 and heading levels never skip (noted);
 * empty paragraphs and headings go; a heading that is only a described picture reads as its
 * description; images alone in a paragraph become figures (title → caption), a picture that is
 * a link's only content a linked figure; tables get header scopes, layout tables lose table
 * semantics (tableOf); lists typed by hand become lists (typedLists.ts); ids that same-page links
 * target are kept (anchors.ts); empty links vanish, links named only by attributes keep the name;
 * new-window links are marked; language tags are kept when they are language tags; links and
 * images keep only URLs the browser-side schema accepts; whitespace is collapsed as a browser would.
 * Gutenberg blocks arrive as figures and divs: galleries keep each picture's caption,
 * table blocks give their caption to the table, quotes keep their citation.
 */
export function toDocument(root: Root, options: DocumentOptions = {}): ArticleDocument {
  const cx: Conversion = {
    baseUrl: options.baseUrl,
    note: notebookFor(options.notes),
    lastLevel: 1,
    ids: new Set(),
    targets: fragmentTargets(root),
    anchors: new Map(),
  }
  const doc: ArticleDocument = { version: 1, blocks: blocksOf(root.children, cx) }
  resolveFragmentLinks(doc, cx)
  return options.abbreviations ? markAbbreviations(doc, options.abbreviations) : doc
}

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const CONTAINERS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'details',
  'summary', 'center', 'dl', 'dd', 'dt', 'tbody', 'thead', 'tfoot',
])
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'address', 'figure', 'table', 'pre', 'hr', ...Object.keys(HEADINGS), ...CONTAINERS])

function blocksOf(nodes: readonly HastNode[], cx: Conversion): Block[] {
  const blocks: Block[] = []
  let run: HastNode[] = []
  const flush = (): void => {
    if (!run.length) return
    const made = paragraphOf(run, undefined, cx)
    claimAnchors(run, made, cx)
    blocks.push(...made)
    run = []
  }
  for (const node of nodes) {
    if (isElement(node) && BLOCKS.has(node.tagName)) {
      flush()
      const made = blockOf(node, cx)
      claimAnchors([node], made, cx)
      blocks.push(...made)
    } else if (isElement(node) && node.tagName === 'img') {
      flush()
      blocks.push(...figureOf({ img: node }, [], cx))
    } else {
      run.push(node)
    }
  }
  flush()
  return repairTypedLists(blocks, cx.note)
}

function blockOf(el: Element, cx: Conversion): Block[] {
  const level = HEADINGS[el.tagName]
  if (level !== undefined) return headingOf(el, level, cx)
  switch (el.tagName) {
    case 'p':
      return paragraphOf(el.children, validLang(attr(el, 'lang')), cx)
    case 'ul':
    case 'ol':
      return listOf(el, cx)
    case 'blockquote': {
      // A Gutenberg quote names its source in <cite>: keep it, as its own line after the words.
      const cites = el.children.filter((c): c is Element => isElement(c) && c.tagName === 'cite')
      const children = blocksOf(el.children.filter((c) => !cites.includes(c as Element)), cx)
      for (const cite of cites) {
        const source = inlinesOf(cite.children, cx)
        if (source.length) children.push({ type: 'paragraph', children: [{ type: 'text', value: '— ' }, ...source] })
      }
      const lang = validLang(attr(el, 'lang'))
      return children.length ? [{ type: 'quote', ...(lang ? { lang } : {}), children }] : []
    }
    case 'address': {
      // Contact details for the page or organization (HTML's own word for it, WCAG 1.3.1).
      const children = blocksOf(el.children, cx)
      return children.length ? [{ type: 'address', children }] : []
    }
    case 'figure':
      return figureElementOf(el, cx)
    case 'table':
      return tableOf(el, cx, blocksOf)
    case 'pre': {
      const value = textOf(el)
      return value.trim() ? [{ type: 'code', value: value.replace(/\n$/, '') }] : []
    }
    case 'hr':
      return [{ type: 'rule' }]
    default:
      return blocksOf(el.children, cx)
  }
}

function headingOf(el: Element, sourceLevel: number, cx: Conversion): Block[] {
  let children = inlinesOf(el.children, cx)
  if (!inlineText(children).trim()) {
    // A heading that is only a described picture (a logo, a title set as an image) says what the picture says.
    const described = pictures(el).map(({ img }) => (attr(img, 'alt') ?? '').trim()).filter(Boolean).join(' ')
    children = described ? [{ type: 'text', value: described }] : []
  }
  const text = inlineText(children).trim()
  if (!text) return []
  const level = Math.min(Math.max(sourceLevel, 2), cx.lastLevel + 1, 6) as 2 | 3 | 4 | 5 | 6
  if (level < sourceLevel) cx.note('heading-skipped', text)
  cx.lastLevel = level
  return [{ type: 'heading', level, id: uniqueId(slugify(text) || 'muc', cx), children }]
}

/** A picture and the link it is the only content of, if any. */
interface Picture {
  img: Element
  link?: Element
}

/** Every picture in these nodes, each with the link around it when the link holds no words. */
function pictures(...nodes: HastNode[]): Picture[] {
  const found: Picture[] = []
  const walk = (node: HastNode, link: Element | undefined): void => {
    if (!isElement(node)) return
    if (node.tagName === 'img') found.push({ img: node, ...(link ? { link } : {}) })
    const wordless = node.tagName === 'a' && attr(node, 'href') && !textOf(node).trim()
    node.children.forEach((child) => walk(child, wordless ? node : link))
  }
  nodes.forEach((node) => walk(node, undefined))
  return found
}

/** A paragraph; pictures inside it are lifted out as figures after it (the model has no inline images). */
function paragraphOf(nodes: readonly HastNode[], lang: string | undefined, cx: Conversion): Block[] {
  // Images inside links or spans too (a classic WordPress gallery wraps each in a link).
  const found = pictures(...nodes)
  const rest = nodes.filter((n) => !found.some((p) => p.img === n || p.link === n))
  let children = inlinesOf(rest, cx)
  if (lang && children.length) children = [{ type: 'lang', lang, children }]
  const hasText = inlineText(children).trim() !== ''
  const figures = found.flatMap((picture) => figureOf(picture, [], cx))
  return hasText ? [{ type: 'paragraph', children }, ...figures] : figures
}

function listOf(el: Element, cx: Conversion): Block[] {
  const items = el.children
    .filter((c): c is Element => isElement(c) && c.tagName === 'li')
    .map((li) => {
      const item = blocksOf(li.children, cx)
      claimAnchors([li], item, cx)
      return item
    })
    .filter((item) => item.length > 0)
  if (!items.length) return []
  const ordered = el.tagName === 'ol'
  const start = Number(attr(el, 'start'))
  return [{ type: 'list', ordered, ...(ordered && Number.isInteger(start) && start !== 1 ? { start } : {}), items }]
}

function imageOf(img: Element, cx: Conversion): ImageRef | undefined {
  const raw = attr(img, 'src')
  const src = raw ? safeImageUrl(raw, cx.baseUrl) : undefined
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

function figureOf({ img, link }: Picture, caption: Inline[], cx: Conversion): Block[] {
  const image = imageOf(img, cx)
  if (!image) return []
  const title = attr(img, 'title')
  const finalCaption = caption.length ? caption : title ? [{ type: 'text' as const, value: title }] : []
  const rawHref = link ? attr(link, 'href') : undefined
  const href = rawHref ? safeUrl(rawHref, 'href', cx.baseUrl) : undefined
  if (!link || !href) return [{ type: 'figure', image, caption: finalCaption }]
  // A linked picture is the link's only content, so it names the link: the link's own name
  // first, else the picture's description. A "decorative" picture cannot name a link: the
  // renderer then says a description is missing rather than leave a nameless link.
  const alt = linkName(link) || image.alt
  return [{
    type: 'figure',
    image: { ...image, alt, decorative: false },
    href,
    ...(attr(link, 'target') === '_blank' ? { newWindow: true } : {}),
    caption: finalCaption,
  }]
}

function figureElementOf(el: Element, cx: Conversion): Block[] {
  // Only the figure's own caption: a gallery's inner figures keep theirs.
  const figcaption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'figcaption')
  const caption = figcaption ? inlinesOf(figcaption.children, cx) : []
  const rest = el.children.filter((c) => c !== figcaption)
  const found = pictures(...rest)
  const table = findFirst(el, 'table')
  // A Gutenberg table block: its figcaption is the table's caption.
  if (table && found.length === 0) return tableOf(table, cx, blocksOf, caption)
  const captionParagraph: Block[] = caption.length ? [{ type: 'paragraph', children: caption }] : []
  // A gallery block (figures in a figure, or in a list): the gallery's caption first, then
  // each picture as its own figure with its own caption.
  if (findFirst(el, 'figure')) return [...captionParagraph, ...blocksOf(rest, cx)]
  // A pull quote, an embed (already a link) or anything else without pictures: content, then caption.
  if (found.length === 0) return [...blocksOf(rest, cx), ...captionParagraph]
  // Several pictures under one caption: each its own figure, the shared caption on the first.
  return found.flatMap((picture, i) => figureOf(picture, i === 0 ? caption : [], cx))
}

function findFirst(el: Element, tag: string): Element | undefined {
  for (const c of el.children) {
    if (!isElement(c)) continue
    if (c.tagName === tag) return c
    const inner = findFirst(c, tag)
    if (inner) return inner
  }
  return undefined
}
