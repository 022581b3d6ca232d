import type { Element } from 'hast'
import type { Block, Inline, TableCell } from '../../core/document'
import { inlineText } from '../../core/text'
import type { Conversion } from './conversion'
import { attr, isElement } from './hastText'
import { inlinesOf } from './toInlines'

/** Cell content that only a layout table holds: headings, lists, pictures, nested tables, several paragraphs. */
const LAYOUT_CONTENT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'img', 'figure', 'table', 'blockquote'])

const findAll = (el: Element, tag: string): Element[] =>
  el.children.flatMap((c) => (isElement(c) ? (c.tagName === tag ? [c] : findAll(c, tag)) : []))

const holdsLayoutContent = (cell: Element): boolean =>
  [...LAYOUT_CONTENT].some((tag) => findAll(cell, tag).length > 0) || findAll(cell, 'p').length > 1

/** Inline content that is all bold (white space aside), and not empty: a typed header cell. */
const allBold = (children: Inline[]): boolean =>
  children.length > 0 && children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim()))
const unbolded = (children: Inline[]): Inline[] => children.flatMap((c) => (c.type === 'strong' ? c.children : [c]))

/**
 * A table: data tables keep header cells with scopes; a table with no header cell whose first
 * row is all bold gets that row as its header (noted); a table with no header cell that is one
 * row or column, or whose cells hold page structure, is laid out, not data: its content is kept
 * in reading order, without table semantics (`blocksOf` converts it).
 */
export function tableOf(
  el: Element,
  cx: Conversion,
  blocksOf: (nodes: Element['children'], cx: Conversion) => Block[],
  outerCaption: Inline[] = [],
): Block[] {
  // Rows of this table only, not of a table nested in one of its cells.
  const rowsOf = (node: Element): Element[] =>
    node.children.flatMap((c) => (isElement(c) ? (c.tagName === 'tr' ? [c] : c.tagName === 'table' ? [] : rowsOf(c)) : []))
  const rows = rowsOf(el).map((tr) =>
    tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'th' || c.tagName === 'td')),
  )
  const hasHeader = rows.some((row) => row.some((cell) => cell.tagName === 'th'))
  const width = Math.max(0, ...rows.map((r) => r.length))
  if (!hasHeader && (rows.length < 2 || width < 2 || rows.some((row) => row.some(holdsLayoutContent)))) {
    return rows.flatMap((row) => row.flatMap((cell) => blocksOf(cell.children, cx)))
  }
  const ownCaption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'caption')
  const captionEl = ownCaption ?? (outerCaption.length ? undefined : findAll(el, 'caption')[0])
  const firstRow = rows[0]!.map((cell) => inlinesOf(cell.children, cx))
  const boldHeader = !hasHeader && firstRow.every(allBold)
  if (boldHeader) cx.note('table-header-repaired', firstRow.map(inlineText).join(' | '))
  const headRowCount = hasHeader ? leadingHeaderRows(rows) : boldHeader ? 1 : 0
  const toCell = (cell: Element, inHead: boolean, index: number): TableCell => {
    const header = inHead || cell.tagName === 'th'
    const align = attr(cell, 'align')
    const children = inlinesOf(cell.children, cx)
    return {
      header,
      ...(header ? { scope: inHead ? 'col' : index === 0 ? 'row' : 'col' } : {}),
      ...(align === 'left' || align === 'center' || align === 'right' ? { align } : {}),
      // A header cell is bold already: the bold that made it one is not kept twice.
      children: inHead && boldHeader ? unbolded(children) : children,
    }
  }
  return [{
    type: 'table',
    caption: captionEl ? inlinesOf(captionEl.children, cx) : outerCaption,
    head: rows.slice(0, headRowCount).map((row) => row.map((c, i) => toCell(c, true, i))),
    body: rows.slice(headRowCount).map((row) => row.map((c, i) => toCell(c, false, i))),
  }]
}

function leadingHeaderRows(rows: Element[][]): number {
  let n = 0
  while (n < rows.length && rows[n]!.every((c) => c.tagName === 'th')) n++
  return n
}
