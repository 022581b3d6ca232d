import type { ArticleDocument, Block, Inline } from './document'

/** Plain text of inline content, as a screen reader would read it. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') out += node.value
    else if (node.type === 'break') out += ' '
    else out += inlineText(node.children)
  }
  return out
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children)
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join(' ')
    case 'quote':
    case 'address':
      return block.children.map(blockText).join(' ')
    case 'figure':
      return inlineText(block.caption)
    case 'table':
      return [...block.head, ...block.body]
        .map((row) => row.map((cell) => inlineText(cell.children)).join(' '))
        .join(' ')
    case 'code':
      return block.value
    case 'rule':
      return ''
  }
}

/**
 * The text of the paragraph a document opens with (only pictures before it), or '' when it opens
 * with a heading, list, quote or table: what may stand in for a missing lead (a WordPress post
 * without a manual excerpt) in listings and page descriptions.
 */
export function leadingParagraph(doc: ArticleDocument): string {
  const first = doc.blocks.find((b) => b.type !== 'figure' && b.type !== 'rule')
  return first?.type === 'paragraph' ? inlineText(first.children).replace(/\s+/g, ' ').trim() : ''
}

/** The whole document as plain text: feeds the search index, word counts and read-aloud. */
export function documentText(doc: ArticleDocument): string {
  return doc.blocks.map(blockText).filter(Boolean).join('\n')
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u)
  return words[0] === '' ? 0 : words.length
}

/** Minutes to read at an unhurried 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200))
}
