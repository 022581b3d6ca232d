import type { ArticleDocument, Block, Inline } from '../../core/document'
import { countWords } from '../../core/text'
import { textWithExpansions, type Expansion } from './spokenText'

/**
 * The article as a reader hears it and as its position is kept: every piece of prose in
 * document order (title, lead, lead caption, then the body's paragraphs, headings, list items,
 * quotes, figure and table captions), each with where it is rendered. Contents list, byline,
 * "back to top", table cells and code are left out: they are chrome or do not read as prose.
 */
export interface ReadingBlock {
  /** Where the element is: the header parts by name, body parts by child indices under `.document`. */
  place: { part: 'title' | 'lead' | 'leadCaption' } | { part: 'body'; path: number[]; select?: 'figcaption' | 'caption' }
  text: string
  /** Index of the body's top-level block (-1 for the header): what a reading position stores. */
  top: number
  /** The h2/h3 section the block is in (its heading id), or null before the first one. */
  section: string | null
  words: number
  /** Abbreviations in `text` and their expansions, for read-aloud (in order, not overlapping). */
  expansions: Expansion[]
}

export interface ArticleForReading {
  title: string
  lead: string
  image: { caption: string } | null
  body: ArticleDocument
}

export function readingBlocks(article: ArticleForReading): ReadingBlock[] {
  const blocks: ReadingBlock[] = []
  let section: string | null = null
  const add = (place: ReadingBlock['place'], text: string, top: number, expansions: Expansion[] = []): void => {
    const clean = text.replace(/\s+/gu, ' ').trim()
    if (clean) blocks.push({ place, text, top, section, words: countWords(clean), expansions })
  }
  const addInline = (place: ReadingBlock['place'], nodes: readonly Inline[], top: number): void => {
    const { text, expansions } = textWithExpansions(nodes)
    add(place, text, top, expansions)
  }
  add({ part: 'title' }, article.title, -1)
  add({ part: 'lead' }, article.lead, -1)
  if (article.image?.caption) add({ part: 'leadCaption' }, article.image.caption, -1)

  const visit = (block: Block, path: number[], top: number): void => {
    switch (block.type) {
      case 'heading':
        if (block.level <= 3) section = block.id
        addInline({ part: 'body', path }, block.children, top)
        return
      case 'paragraph':
        addInline({ part: 'body', path }, block.children, top)
        return
      case 'list':
        block.items.forEach((item, i) => {
          // A tight item (one paragraph) renders its text straight inside the <li>.
          if (item.length === 1 && item[0]!.type === 'paragraph') addInline({ part: 'body', path: [...path, i] }, item[0]!.children, top)
          else item.forEach((child, j) => visit(child, [...path, i, j], top))
        })
        return
      case 'quote':
      case 'address':
        block.children.forEach((child, j) => visit(child, [...path, j], top))
        return
      case 'figure':
        addInline({ part: 'body', path, select: 'figcaption' }, block.caption, top)
        return
      case 'table':
        addInline({ part: 'body', path, select: 'caption' }, block.caption, top)
        return
      case 'code':
      case 'rule':
        return
    }
  }
  article.body.blocks.forEach((block, i) => visit(block, [i], i))
  return blocks
}
