import type { ArticleDocument, Block, Inline } from '../../core/document'

/**
 * Marks every known abbreviation in a document's text as an `abbr` whose title is its expansion.
 * Every occurrence, not only the first: read-aloud may start at any sentence ("read from here",
 * a resumed position) and must still speak "Ủy ban nhân dân" rather than "U-B-N-D", and a title
 * on each one costs a sighted reader nothing. Code, existing `abbr`s and link addresses are left alone.
 */
export function markAbbreviations(doc: ArticleDocument, expansions: ReadonlyMap<string, string>): ArticleDocument {
  if (expansions.size === 0) return doc
  let pattern = patterns.get(expansions)
  if (!pattern) patterns.set(expansions, (pattern = abbreviationPattern([...expansions.keys()])))
  const inlines = (nodes: Inline[]): Inline[] => nodes.flatMap((node) => markInline(node, pattern, expansions, inlines))
  return { ...doc, blocks: doc.blocks.map((block) => markBlock(block, inlines)) }
}

// Only the characters that are syntax in a `u` pattern: there "\-" is an error, not a hyphen.
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const patterns = new WeakMap<ReadonlyMap<string, string>, RegExp>()

/** The known abbreviations, longest first, as whole words (a trailing "." ends the word itself). */
function abbreviationPattern(abbrs: string[]): RegExp {
  const alternatives = [...abbrs].sort((a, b) => b.length - a.length).map(escape).join('|')
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives})(?![\\p{L}\\d])`, 'gu')
}

function markText(value: string, pattern: RegExp, expansions: ReadonlyMap<string, string>): Inline[] {
  const out: Inline[] = []
  let at = 0
  for (const match of value.matchAll(pattern)) {
    const title = expansions.get(match[0])
    if (!title) continue
    if (match.index > at) out.push({ type: 'text', value: value.slice(at, match.index) })
    out.push({ type: 'abbr', title, children: [{ type: 'text', value: match[0] }] })
    at = match.index + match[0].length
  }
  if (at === 0) return [{ type: 'text', value }]
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) })
  return out
}

function markInline(
  node: Inline,
  pattern: RegExp,
  expansions: ReadonlyMap<string, string>,
  inlines: (nodes: Inline[]) => Inline[],
): Inline[] {
  switch (node.type) {
    case 'text':
      return markText(node.value, pattern, expansions)
    case 'code':
    case 'break':
    case 'abbr':
      return [node]
    default:
      return [{ ...node, children: inlines(node.children) }]
  }
}

function markBlock(block: Block, inlines: (nodes: Inline[]) => Inline[]): Block {
  const blocks = (children: Block[]): Block[] => children.map((child) => markBlock(child, inlines))
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, children: inlines(block.children) }
    case 'list':
      return { ...block, items: block.items.map(blocks) }
    case 'quote':
    case 'address':
      return { ...block, children: blocks(block.children) }
    case 'figure':
      return { ...block, caption: inlines(block.caption) }
    case 'table': {
      const rows = (table: typeof block.head) => table.map((row) => row.map((cell) => ({ ...cell, children: inlines(cell.children) })))
      return { ...block, caption: inlines(block.caption), head: rows(block.head), body: rows(block.body) }
    }
    case 'code':
    case 'rule':
      return block
  }
}
