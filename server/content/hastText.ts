import type { Element, ElementContent, Root, RootContent } from 'hast'

export type HastNode = Root | RootContent | ElementContent
export type HastParent = Root | Element

export const isElement = (node: HastNode): node is Element => node.type === 'element'

/** An attribute as a string (hast keeps some as arrays or booleans), or undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  const value = el.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  return Array.isArray(value) ? value.join(' ') : String(value)
}

/** The text inside a node, as its words read (no white space collapsing). */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map(textOf).join('')
  return ''
}

/** Every element below `node` (not `node` itself), depth first. */
export function* descendants(node: HastParent): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue
    yield child
    yield* descendants(child)
  }
}
