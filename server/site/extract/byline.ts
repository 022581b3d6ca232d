import { isAllWrapped } from './cleanup'
import { isDateLine } from './dates'
import { textOf, wordsOf } from './dom'

/**
 * Lines of the body that are metadata rather than text to read: bylines ("Tác giả: …", "Nguồn: …",
 * "Theo …", a last bold line naming the author) and date lines. They are taken out of the body
 * (so nothing is read twice) and what they name is kept.
 */

const LABELLED_BYLINE = /^(?:tác giả|tac gia|người viết|bài(?: và ảnh)?|bài, ảnh|tin(?:, ảnh)?|author|by|nguồn|nguon|source|theo)\s*[:：-]?\s*(.{2,80})$/iu
const SOURCE_LABEL = /^(nguồn|nguon|source|theo)/i

/** A name as people write one: a few capitalised words, no sentence. */
function looksLikeName(text: string): boolean {
  const words = wordsOf(text)
  if (words.length === 0 || words.length > 8 || /[.!?;]$/.test(text.replace(/\.\/?\.?$/, '').trim()) && words.length > 4) return false
  return /^\p{Lu}/u.test(text.trim()) || /^[A-ZĐ]/.test(text.trim())
}

export interface Byline {
  author?: string
  /** "Nguồn: …" names where the article comes from: used as the author only when nothing better is found. */
  source?: string
}

function bylineOf(block: Element): Byline | undefined {
  const text = textOf(block)
  if (!text || text.length > 100) return undefined
  const labelled = LABELLED_BYLINE.exec(text)
  if (labelled?.[1] && looksLikeName(labelled[1].replace(/[()]/g, ''))) {
    const name = labelled[1].replace(/[()]/g, '').replace(/\s*[-–—|]\s*$/, '').trim()
    return SOURCE_LABEL.test(text) ? { source: name } : { author: name }
  }
  return undefined
}

/**
 * Takes byline and date lines out of the body's first and last few blocks and returns what they
 * said. A last short bold (or right-aligned) paragraph that reads as a name is the author.
 */
export function takeBylines(container: Element): Byline {
  const found: Byline = {}
  const blocks = [...container.children]
  const edges = new Set([...blocks.slice(0, 3), ...blocks.slice(-4)])
  for (const block of edges) {
    if (!['P', 'DIV', 'H6', 'H5', 'H4', 'ADDRESS'].includes(block.tagName)) continue
    const text = textOf(block)
    if (isDateLine(text)) {
      block.remove()
      continue
    }
    const byline = bylineOf(block)
    if (byline) {
      found.author ??= byline.author
      found.source ??= byline.source
      block.remove()
    }
  }
  const last = [...container.children].at(-1)
  if (last && last.tagName === 'P' && !found.author) {
    const text = textOf(last)
    const style = `${last.getAttribute('style') ?? ''} align=${last.getAttribute('align') ?? ''}`.toLowerCase()
    const styledAsName = isAllWrapped(last) || isAllWrapped(last, 'em, i') || style.includes('right')
    if (styledAsName && text.length <= 60 && looksLikeName(text) && wordsOf(text).length <= 6 && !/[.:!?]$/.test(text.replace(/\.\/\.$/, ''))) {
      found.author = text.replace(/^[-–—(]\s*|\s*[)]$/g, '')
      last.remove()
    }
  }
  return found
}
