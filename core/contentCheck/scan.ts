import type { ArticleDocument, Block, ImageRef, Inline, TableCell } from '../document'
import { inlineText } from '../text'

/**
 * One pass over a document that collects what the rules look at, so that twenty rules cost one
 * walk of the tree (the whole archive is checked in seconds).
 */
export interface Scan {
  /** Paragraph-like passages (paragraphs, list items' paragraphs, quotes' paragraphs), in order. */
  paragraphs: { children: Inline[]; text: string; afterParagraph: boolean }[]
  headings: { level: number; text: string }[]
  figures: { image: ImageRef; caption: string; linked: boolean }[]
  tables: { head: TableCell[][]; body: TableCell[][]; caption: string }[]
  links: { href: string; text: string; newWindow: boolean }[]
  /** Bold and italic runs with their text. */
  emphasis: { type: 'strong' | 'emphasis'; text: string }[]
  /** Passages of text with the language they are marked with (undefined: the article's). */
  passages: { text: string; lang: string | undefined }[]
  /** Text outside abbreviation marks, for abbreviations used bare, and all text, for their expansions. */
  bareText: string[]
  allText: string
}

export function scanDocument(doc: ArticleDocument): Scan {
  const scan: Scan = { paragraphs: [], headings: [], figures: [], tables: [], links: [], emphasis: [], passages: [], bareText: [], allText: '' }
  const texts: string[] = []

  /** Walks inline content; `lang` is the marked language around it, if any. */
  const inlines = (nodes: readonly Inline[], lang: string | undefined): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          scan.bareText.push(node.value)
          break
        case 'link':
          scan.links.push({ href: node.href, text: inlineText(node.children).trim(), newWindow: node.newWindow === true })
          inlines(node.children, lang)
          break
        case 'strong':
        case 'emphasis':
          scan.emphasis.push({ type: node.type, text: inlineText(node.children).trim() })
          inlines(node.children, lang)
          break
        case 'lang':
          scan.passages.push({ text: inlineText(node.children), lang: node.lang })
          inlines(node.children, node.lang)
          break
        case 'delete':
          inlines(node.children, lang)
          break
        case 'abbr':
        case 'code':
        case 'break':
          break
      }
    }
  }
  const passage = (children: Inline[], lang: string | undefined): string => {
    const text = inlineText(children)
    texts.push(text)
    // The passage's text outside any language mark: a marked span is its own passage.
    const unmarked = inlineText(children.filter((c) => c.type !== 'lang'))
    if (unmarked.trim()) scan.passages.push({ text: unmarked, lang })
    inlines(children, lang)
    return text
  }
  const blocks = (list: readonly Block[], lang: string | undefined): void => {
    list.forEach((block, index) => {
      switch (block.type) {
        case 'paragraph':
          scan.paragraphs.push({ children: block.children, text: passage(block.children, lang).trim(), afterParagraph: list[index - 1]?.type === 'paragraph' })
          break
        case 'heading':
          scan.headings.push({ level: block.level, text: passage(block.children, lang).trim() })
          break
        case 'list':
          for (const item of block.items) blocks(item, lang)
          break
        case 'quote':
          blocks(block.children, block.lang ?? lang)
          break
        case 'address':
          blocks(block.children, lang)
          break
        case 'figure':
          scan.figures.push({ image: block.image, caption: passage(block.caption, lang).trim(), linked: block.href !== undefined })
          // A linked picture is a link named by the picture's description.
          if (block.href) scan.links.push({ href: block.href, text: block.image.decorative ? '' : block.image.alt.trim(), newWindow: block.newWindow === true })
          break
        case 'table':
          scan.tables.push({ head: block.head, body: block.body, caption: passage(block.caption, lang).trim() })
          for (const row of [...block.head, ...block.body]) for (const cell of row) passage(cell.children, lang)
          break
        case 'code':
        case 'rule':
          break
      }
    })
  }
  blocks(doc.blocks, undefined)
  scan.allText = texts.join('\n')
  return scan
}
