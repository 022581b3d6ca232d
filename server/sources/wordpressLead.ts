import type { Element, Root, RootContent } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { ArticleDocument, Block } from '../../src/content/document'
import { inlineText, leadingParagraph } from '../../src/content/text'

/**
 * Where a WordPress post's lead comes from. The REST API's `excerpt.rendered` is the editor's own
 * excerpt when there is one, and otherwise one WordPress made itself (`wp_trim_excerpt`): the
 * first 55 words of the content with every tag stripped, so the first paragraph, headings, quote
 * citations and table cells run together. Whether the excerpt is manual (`excerpt.raw`) is only
 * shown to signed-in editors, so Lectern tells the two apart by their words: an automatic excerpt
 * is the content's own text from its start, block after block, where WordPress only leaves out
 * whole blocks (images, galleries, embeds, shortcodes, and in 6.1 list items).
 */

const fragment = unified().use(rehypeParse, { fragment: true })
const WORDS = /[\p{L}\p{N}]+/gu
const words = (text: string): string[] => text.normalize('NFC').toLowerCase().match(WORDS) ?? []

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && (node.tagName === 'style' || node.tagName === 'script')) return ''
  return 'children' in node ? node.children.map(textOf).join(' ') : ''
}

/** The words of each top-level block of the content, in order. */
function blockWords(contentHtml: string): string[][] {
  const tree = fragment.parse(contentHtml)
  return tree.children.filter((n): n is Element => n.type === 'element').map((n) => words(textOf(n))).filter((w) => w.length > 0)
}

/** The excerpt's text without WordPress's "[…]" or a theme's "read more" link. */
export function excerptText(excerptHtml: string): string {
  const tree = fragment.parse(excerptHtml.replace(/<a[^>]*class="more-link"[\s\S]*?<\/a>/g, ''))
  return textOf(tree).replace(/\s+/g, ' ').trim().replace(/\s*\[(?:…|&hellip;|\.\.\.)\]$/, '').trim()
}

/**
 * True when `excerptHtml` is what WordPress generates from `contentHtml` (or empty): its words
 * are whole blocks of the content taken in order from the start, some skipped, the last one
 * possibly cut. An editor's excerpt that merely repeats the first paragraph counts as generated,
 * which is harmless: the lead is then that paragraph, shown once.
 */
export function isGeneratedExcerpt(excerptHtml: string, contentHtml: string): boolean {
  const excerpt = words(excerptText(excerptHtml))
  if (!excerpt.length) return true
  let at = 0
  for (const block of blockWords(contentHtml)) {
    const rest = excerpt.length - at
    const take = Math.min(rest, block.length)
    // A block matches whole, or (the excerpt's last) cut after its first words.
    if (block.slice(0, take).every((word, i) => word === excerpt[at + i])) {
      at += take
      if (at === excerpt.length) return true
    }
    // Otherwise WordPress left this block out (an image, a gallery, a shortcode, a list).
  }
  return false
}

/**
 * What a listing says of a post without a manual excerpt: its first paragraph, when that
 * paragraph starts the text (only pictures before it); nothing when a heading, list, quote or
 * table does. The article itself then has no separate lead and keeps the paragraph in its body,
 * with its links and language changes.
 */
export const firstParagraph = leadingParagraph

const proseOf = (block: Block): string[] => {
  if (block.type === 'paragraph') return [inlineText(block.children)]
  if (block.type === 'list') return block.items.flatMap((item) => item.flatMap(proseOf))
  return [] // headings, quotes, tables, captions and code are not what a snippet should quote
}

/** Paragraphs and list items only: what a listing or search snippet may quote. */
export function proseText(doc: ArticleDocument): string {
  return doc.blocks.flatMap(proseOf).join('\n')
}
