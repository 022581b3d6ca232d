import type { ReadingBlock } from './readingBlocks'

/**
 * Browser-only helpers that find the rendered text of reading blocks. Run them after mount,
 * inside the article element.
 */
export function blockElement(article: Element, place: ReadingBlock['place']): HTMLElement | null {
  if (place.part === 'title') return article.querySelector<HTMLElement>('#article-title')
  if (place.part === 'lead') return article.querySelector<HTMLElement>('.article-header__lead')
  if (place.part !== 'body') return article.querySelector<HTMLElement>('.article-figure figcaption')
  let element: Element | null | undefined = article.querySelector('.document')
  for (const index of place.path) element = element?.children[index]
  if (element && place.select) element = element.querySelector(place.select)
  return element instanceof HTMLElement ? element : null
}

/** Text nodes of an element as a reader hears them: `<br>` counts as a space, hidden extras do not count. */
function textPieces(element: HTMLElement): { node: Text | null; start: number; length: number }[] {
  const pieces: { node: Text | null; start: number; length: number }[] = []
  let offset = 0
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node.classList.contains('visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      pieces.push({ node, start: offset, length: node.data.length })
      offset += node.data.length
    } else if (node instanceof HTMLBRElement) {
      pieces.push({ node: null, start: offset, length: 1 })
      offset += 1
    }
  }
  return pieces
}

/** A range over characters `start`…`end` of the element's text; the whole element if they do not map. */
export function textRange(element: HTMLElement, start: number, end: number): Range {
  const range = document.createRange()
  const pieces = textPieces(element).filter((p): p is { node: Text; start: number; length: number } => p.node !== null)
  const at = (offset: number, isEnd: boolean) =>
    pieces.find((p) => (isEnd ? offset > p.start && offset <= p.start + p.length : offset >= p.start && offset < p.start + p.length))
  const first = at(start, false)
  const last = at(end, true)
  if (!first || !last) {
    range.selectNodeContents(element)
    return range
  }
  range.setStart(first.node, start - first.start)
  range.setEnd(last.node, end - last.start)
  return range
}

const HIGHLIGHT = 'lectern-reading'
const FALLBACK_CLASS = 'reading-now'

/**
 * Marks the sentence being read. The CSS Custom Highlight API paints it without touching the DOM
 * (so the text, selection and screen reader stay as they were); where it is missing the whole
 * block gets a class instead.
 */
export function createHighlighter() {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined
  let marked: HTMLElement | null = null
  return {
    show(range: Range, element: HTMLElement): void {
      if (registry) registry.set(HIGHLIGHT, new Highlight(range))
      else {
        marked?.classList.remove(FALLBACK_CLASS)
        element.classList.add(FALLBACK_CLASS)
        marked = element
      }
    },
    clear(): void {
      registry?.delete(HIGHLIGHT)
      marked?.classList.remove(FALLBACK_CLASS)
      marked = null
    },
  }
}

/** Whether the reader asked for less motion, in the app's settings or the system's. */
export function prefersReducedMotion(): boolean {
  const motion = document.documentElement.dataset.motion
  if (motion === 'reduce') return true
  if (motion === 'allow') return false
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Scrolls so the range sits in the upper middle of the viewport when it is not comfortably in view. */
export function keepInView(range: Range): void {
  const rect = range.getBoundingClientRect()
  const margin = window.innerHeight * 0.15
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) return
  window.scrollBy({ top: rect.top - window.innerHeight * 0.3, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
}

/** The first reading block whose element is at least partly below the top of the viewport. */
export function blockInView(article: Element, blocks: readonly ReadingBlock[]): number {
  if (window.scrollY < 40) return 0
  const index = blocks.findIndex((block) => {
    const rect = blockElement(article, block.place)?.getBoundingClientRect()
    return rect !== undefined && rect.bottom > 0 && rect.height > 0
  })
  return Math.max(0, index)
}
