import { parseHTML } from 'linkedom'

/** Small DOM helpers over linkedom, typed with the platform's DOM types (linkedom implements them). */

export function parseDocument(html: string): Document {
  // linkedom builds a document only from a full page; a fragment is wrapped so `body` exists.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(page).document as unknown as Document
}

/** Every element under `root` (itself first) in document order, and the deepest nesting seen. */
export interface ElementWalk { elements: Element[]; depth: number }

/**
 * One walk over the tree, without recursion (a deep page would overflow the stack), stopping once
 * nesting passes `depthLimit`. Each pass of linkedom's `querySelectorAll` walks and matches the whole
 * page (a compound selector costs three times a plain walk), so the passes before the extractor
 * share this one list and test elements with plain predicates.
 */
export function walkElements(root: Element | null | undefined, depthLimit = Number.POSITIVE_INFINITY): ElementWalk {
  const elements: Element[] = []
  if (!root) return { elements, depth: 0 }
  let depth = 0
  const stack: Element[] = [root]
  const depths: number[] = [1]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    const level = depths.pop() as number
    elements.push(element)
    if (level > depth) {
      depth = level
      if (depth > depthLimit) break
    }
    const children = element.children
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i] as Element)
      depths.push(level + 1)
    }
  }
  return { elements, depth }
}

/**
 * The element's class attribute. linkedom's `getAttribute('class')` builds a DOMTokenList on each
 * element it is asked of (and keeps it): on every element of a page that was a tenth of the
 * passes' time and garbage. The attribute node holds the same text.
 */
export function classOf(element: Element): string {
  return element.getAttributeNode('class')?.value ?? ''
}

/** True when the element's class list holds one of `names` (what `.name` selects). */
export function hasClass(element: Element, names: ReadonlySet<string>): boolean {
  const value = classOf(element)
  if (!value) return false
  for (const token of value.split(/\s+/)) if (names.has(token)) return true
  return false
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim()
}

export function absoluteUrl(value: string, base: string): string | undefined {
  try {
    return new URL(value.trim(), base).href
  } catch {
    return undefined
  }
}

/** Where lazy-loading scripts keep a picture's address until it scrolls into view. */
export const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src']
const LAZY_SOURCES = [...LAZY_SRC, 'data-srcset']

/** The address the page's relative links resolve against: its `<base href>`, or the page itself. */
export function baseUrlOf(document: Document, pageUrl: string, walk?: Element[]): string {
  const baseHref = (walk ?? walkElements(document.documentElement).elements).find((e) => e.tagName === 'BASE' && e.hasAttribute('href'))?.getAttribute('href')
  return (baseHref && absoluteUrl(baseHref, pageUrl)) || pageUrl
}

/**
 * Makes every link and picture address in the extracted body absolute against the page (or its
 * `<base href>`), and promotes lazy-loaded picture addresses. Done on the body only: a page of
 * thousands of links pays for the few the article holds.
 */
export function absolutizeLinks(root: Element, base: string): void {
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? ''
    if (href.startsWith('#') || /^(mailto|tel):/i.test(href)) continue
    const absolute = absoluteUrl(href, base)
    if (absolute && !absolute.startsWith('javascript:')) link.setAttribute('href', absolute)
    else link.removeAttribute('href')
  }
  for (const image of root.querySelectorAll('img, source')) {
    for (const attribute of LAZY_SOURCES) {
      const lazy = image.getAttribute(attribute)
      if (!lazy) continue
      image.setAttribute(attribute === 'data-srcset' ? 'srcset' : 'src', lazy)
    }
    const src = image.getAttribute('src')
    if (src && !src.startsWith('data:')) {
      const absolute = absoluteUrl(src, base)
      if (absolute) image.setAttribute('src', absolute)
    }
    const srcset = image.getAttribute('srcset')
    if (srcset) {
      image.setAttribute('srcset', srcset.split(',').map((candidate) => {
        const [address = '', ...descriptor] = candidate.trim().split(/\s+/)
        return [absoluteUrl(address, base) ?? address, ...descriptor].join(' ')
      }).join(', '))
    }
  }
}

/** Words of a text: runs of letters and digits (Vietnamese syllables count one each). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'FIGURE', 'PRE', 'DT', 'DD', 'BR', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'HR'])

/** Text with a space wherever blocks meet (textContent runs "đạo.Việc" together across paragraphs). */
export function blockTextOf(root: Node): string {
  const parts: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '')
    else if (node.nodeType === 1) {
      const block = BLOCK_TAGS.has((node as Element).tagName)
      if (block) parts.push(' ')
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
      if (block) parts.push(' ')
    }
  }
  walk(root)
  return parts.join('').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim()
}
