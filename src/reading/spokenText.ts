import type { Inline } from '../../core/document'

/** Where an abbreviation sits in a block's text and what is said for it. */
export interface Expansion {
  start: number
  end: number
  say: string
}

/**
 * A block's text as `inlineText` gives it (so offsets still match the rendered words), with
 * where each `abbr` is and its expansion: read-aloud says "Ủy ban nhân dân", not "U B N D".
 */
export function textWithExpansions(nodes: readonly Inline[]): { text: string; expansions: Expansion[] } {
  let text = ''
  const expansions: Expansion[] = []
  const walk = (list: readonly Inline[]): void => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'code') text += node.value
      else if (node.type === 'break') text += ' '
      else if (node.type === 'abbr') {
        const start = text.length
        walk(node.children)
        if (node.title.trim()) expansions.push({ start, end: text.length, say: node.title.trim() })
      } else walk(node.children)
    }
  }
  walk(nodes)
  return { text, expansions }
}

/** The slice `start`–`end` of a block's text with its abbreviations replaced by their expansions. */
export function spokenSlice(text: string, start: number, end: number, expansions: readonly Expansion[]): string {
  let out = ''
  let at = start
  for (const expansion of expansions) {
    if (expansion.start < start || expansion.end > end) continue
    out += text.slice(at, expansion.start) + expansion.say
    at = expansion.end
  }
  return out + text.slice(at, end)
}
