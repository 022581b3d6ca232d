import type { Element } from 'hast'
import { LANGUAGE_TAG_PATTERN } from '../../core/patterns'
import type { Inline } from '../../core/document'
import { inlineText } from '../../core/text'
import type { Conversion } from './conversion'
import { attr, isElement, textOf, type HastNode } from './hastText'
import { safeUrl } from './urls'

export const validLang = (value: string | undefined): string | undefined =>
  value && LANGUAGE_TAG_PATTERN.test(value.trim()) ? value.trim() : undefined

const INLINE_WRAPPERS: Record<string, 'strong' | 'emphasis' | 'delete'> = {
  strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis', del: 'delete', s: 'delete',
}

export function inlinesOf(nodes: readonly HastNode[], cx: Conversion): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) out.push(...inlineOf(node, cx))
  return collapseWhitespace(out)
}

function inlineOf(node: HastNode, cx: Conversion): Inline[] {
  if (node.type === 'text') return node.value ? [{ type: 'text', value: node.value }] : []
  if (!isElement(node)) return []
  const wrapper = INLINE_WRAPPERS[node.tagName]
  const children = (): Inline[] => inlinesOf(node.children, cx)
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
      return linkOf(node, cx)
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

/** A link's name when it has no words of its own: its `aria-label` (or labelledby), else its title. */
export const linkName = (el: Element): string => (attr(el, 'ariaLabel') ?? attr(el, 'title') ?? '').replace(/\s+/g, ' ').trim()

export const containsImage = (el: Element): boolean =>
  el.children.some((c) => isElement(c) && (c.tagName === 'img' || containsImage(c)))

function linkOf(el: Element, cx: Conversion): Inline[] {
  let children = inlinesOf(el.children, cx)
  const raw = attr(el, 'href')
  const href = raw ? safeUrl(raw, 'href', cx.baseUrl) : undefined
  if (!inlineText(children).trim()) {
    // A linked picture becomes a linked figure (toDocument); a link named only by its
    // attributes keeps that name as its words; one with no name at all is a trap and goes.
    const name = containsImage(el) ? '' : linkName(el)
    if (!name) return []
    children = [{ type: 'text', value: name }]
  }
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
