import type { Element, ElementContent, Root, RootContent } from 'hast'

/**
 * What CMS markup needs before the sanitizer sees it, because the sanitizer would otherwise
 * throw away its meaning with its danger (players and SVG are faithful.ts's, for Markdown too):
 * - a WordPress embed block whose URL was not expanded becomes a link to it;
 * - a table that says it is for layout (`role="presentation"` or `"none"`) loses its table
 *   semantics before `role` is dropped;
 * - a Gutenberg quote's `<cite>` and a gallery's caption keep their place as text.
 * Only ever adds `a` elements with the source's own URL: the sanitizer still judges the URL.
 */
export function prepareCmsMarkup(tree: Root): void {
  transformChildren(tree)
}

type Parent = Root | Element

function transformChildren(parent: Parent): void {
  const next: (RootContent | ElementContent)[] = []
  for (const child of parent.children) {
    if (child.type !== 'element') {
      next.push(child)
      continue
    }
    const replaced = transform(child)
    if (replaced) next.push(...replaced)
  }
  parent.children = next as Parent['children']
}

function classes(el: Element): string[] {
  const value = el.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

const text = (value: string): ElementContent => ({ type: 'text', value })
const link = (href: string, label: string): Element => ({
  type: 'element', tagName: 'a', properties: { href }, children: [text(label)],
})
const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children })

function transform(el: Element): (RootContent | ElementContent)[] | undefined {
  const role = el.properties.role
  if (el.tagName === 'table' && (role === 'presentation' || role === 'none')) {
    return [unTable(el)]
  }
  // An embed block whose URL WordPress did not expand: the wrapper holds only the URL as text.
  if (classes(el).includes('wp-block-embed__wrapper')) {
    const url = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim()
    if (/^https?:\/\/\S+$/i.test(url) && el.children.every((c) => c.type === 'text')) {
      return [paragraph([link(url, url)])]
    }
  }
  transformChildren(el)
  return [el]
}

/** A layout table as the plain blocks it lays out: every cell's content, in reading order. */
function unTable(el: Element): Element {
  const div = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'div', properties: {}, children })
  const walk = (node: Element): ElementContent[] =>
    node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return []
      if (child.tagName === 'td' || child.tagName === 'th') {
        const cell = div(child.children)
        transformChildren(cell)
        return [cell]
      }
      if (child.tagName === 'caption') return [paragraph(child.children)]
      return walk(child)
    })
  return div(walk(el))
}
