import type { Root } from 'hast'
import type { ArticleDocument, Block, Inline } from '../../core/document'
import { slugify } from '../../core/fold'
import { inlineText } from '../../core/text'
import type { Conversion } from './conversion'
import { attr, descendants, isElement, type HastNode } from './hastText'

/**
 * Same-page links ("jump to" lists, footnotes): the source's ids that such links point at are
 * kept on the block that holds them, renamed ("ref-" and the folded id, unique beside the
 * headings' ids), and each link follows its target's new id. A link whose target is not in the
 * document is no link at all: its words stay, the link goes, and the editor is told.
 */

const fragmentOf = (href: string): string | undefined => {
  if (!href.startsWith('#')) return undefined
  try {
    return decodeURIComponent(href.slice(1))
  } catch {
    return href.slice(1)
  }
}

/** The ids that same-page links in the tree point at. */
export function fragmentTargets(root: Root): Set<string> {
  const targets = new Set<string>()
  for (const el of descendants(root)) {
    const target = el.tagName === 'a' ? fragmentOf(attr(el, 'href') ?? '') : undefined
    if (target) targets.add(target)
  }
  return targets
}

const sourceIds = (el: HastNode): string[] => {
  if (!isElement(el)) return []
  const own = [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : undefined].filter((id): id is string => Boolean(id))
  return [...own, ...el.children.flatMap(sourceIds)]
}

/**
 * Gives the targeted ids in `nodes` (and below) that no inner block took to the first block they
 * made: a heading keeps its own id, another block gets one.
 */
export function claimAnchors(nodes: readonly HastNode[], blocks: Block[], cx: Conversion): void {
  if (cx.targets.size === 0) return
  const ids = nodes.flatMap(sourceIds).filter((id) => cx.targets.has(id) && !cx.anchors.has(id))
  const holder = blocks.find((b) => b.type !== 'rule' && b.type !== 'code')
  if (!ids.length || !holder) return
  if (!holder.id) holder.id = uniqueId(`ref-${slugify(ids[0]!) || 'muc'}`, cx)
  for (const id of ids) cx.anchors.set(id, holder.id)
}

export function uniqueId(base: string, cx: Conversion): string {
  let id = base
  for (let n = 2; cx.ids.has(id); n++) id = `${base}-${n}`
  cx.ids.add(id)
  return id
}

/** Points every same-page link at its target's new id, or unlinks it (noted) when there is none. */
export function resolveFragmentLinks(doc: ArticleDocument, cx: Conversion): void {
  const inlines = (nodes: Inline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      if (node.type === 'text' || node.type === 'code' || node.type === 'break') return [node]
      node.children = inlines(node.children)
      if (node.type !== 'link') return [node]
      const target = fragmentOf(node.href)
      if (target === undefined) return [node]
      const id = cx.anchors.get(target) ?? (cx.ids.has(target) ? target : undefined)
      if (id) return [{ ...node, href: `#${id}` }]
      cx.note('fragment-link-dead', inlineText(node.children) || node.href)
      return node.children
    })
  const blocks = (list: Block[]): void => list.forEach((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        block.children = inlines(block.children)
        return
      case 'list':
        block.items.forEach(blocks)
        return
      case 'quote':
      case 'address':
        blocks(block.children)
        return
      case 'figure':
        block.caption = inlines(block.caption)
        if (block.href?.startsWith('#')) {
          const id = cx.anchors.get(fragmentOf(block.href)!)
          if (id) block.href = `#${id}`
          else {
            cx.note('fragment-link-dead', block.image.alt || block.href)
            delete block.href
          }
        }
        return
      case 'table':
        block.caption = inlines(block.caption)
        for (const row of [...block.head, ...block.body]) for (const cell of row) cell.children = inlines(cell.children)
        return
      case 'code':
      case 'rule':
        return
    }
  })
  blocks(doc.blocks)
}
