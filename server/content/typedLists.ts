import type { Block, Inline } from '../../core/document'
import { inlineText } from '../../core/text'
import type { Notebook } from './conversionNotes'

/**
 * Lists typed by hand ("- ", "• ", "1. " at the start of each of two or more paragraphs, or of
 * each line of one paragraph broken with line breaks) become real lists: the same words, now
 * announced as a list of n items. Numbered lines must count up by one from where they start,
 * bullets must all be the same character; anything else is left as typed.
 */
const BULLET = /^([-•–*·+])\s+/u
const NUMBER = /^(\d{1,3})[.)]\s+/u

type Marker = { ordered: false; bullet: string } | { ordered: true; n: number }

function markerOf(children: Inline[]): Marker | undefined {
  const first = children[0]
  if (first?.type !== 'text') return undefined
  const bullet = BULLET.exec(first.value)
  if (bullet) return { ordered: false, bullet: bullet[1]! }
  const number = NUMBER.exec(first.value)
  return number ? { ordered: true, n: Number(number[1]) } : undefined
}

const follows = (previous: Marker, next: Marker): boolean =>
  previous.ordered ? next.ordered && next.n === previous.n + 1 : !next.ordered && next.bullet === previous.bullet

/** The item's words without the typed marker. */
function withoutMarker(children: Inline[]): Inline[] {
  const [first, ...rest] = children
  if (first?.type !== 'text') return children
  const value = first.value.replace(BULLET, '').replace(NUMBER, '')
  return value ? [{ type: 'text', value }, ...rest] : rest
}

function listOf(lines: Inline[][], note: Notebook): Block {
  const first = markerOf(lines[0]!)!
  note('list-typed-repaired', lines.map(inlineText).join(' / '))
  return {
    type: 'list',
    ordered: first.ordered,
    ...(first.ordered && first.n !== 1 ? { start: first.n } : {}),
    items: lines.map((line) => [{ type: 'paragraph', children: withoutMarker(line) }]),
  }
}

/** Runs of lines whose markers agree, each at least two long. */
function runs(lines: Inline[][]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  let start = 0
  while (start < lines.length) {
    let marker = markerOf(lines[start]!)
    let end = start + 1
    while (marker && end < lines.length) {
      const next = markerOf(lines[end]!)
      if (!next || !follows(marker, next)) break
      marker = next
      end++
    }
    if (marker && end - start >= 2) found.push({ start, end })
    start = end
  }
  return found
}

/** One paragraph's lines (split at its line breaks). */
function linesOf(children: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]]
  for (const child of children) {
    if (child.type === 'break') lines.push([])
    else lines[lines.length - 1]!.push(child)
  }
  return lines.map((line) => {
    const first = line[0]
    return first?.type === 'text' ? [{ ...first, value: first.value.trimStart() }, ...line.slice(1)] : line
  }).filter((line) => inlineText(line).trim())
}

export function repairTypedLists(blocks: Block[], note: Notebook): Block[] {
  // A paragraph whose every line is an item.
  const split = blocks.map((block): Block => {
    if (block.type !== 'paragraph' || !block.children.some((c) => c.type === 'break')) return block
    const lines = linesOf(block.children)
    const [run] = runs(lines)
    return run && run.start === 0 && run.end === lines.length ? listOf(lines, note) : block
  })
  // Paragraphs in a row, one item each.
  const out: Block[] = []
  let i = 0
  while (i < split.length) {
    let j = i
    const items: Inline[][] = []
    for (let block = split[j]; block?.type === 'paragraph' && !block.id && markerOf(block.children); block = split[++j]) items.push(block.children)
    const paragraphs = items
    let at = 0
    for (const run of runs(paragraphs)) {
      out.push(...split.slice(i + at, i + run.start), listOf(paragraphs.slice(run.start, run.end), note))
      at = run.end
    }
    out.push(...split.slice(i + at, j))
    if (j === i) out.push(split[j]!)
    i = Math.max(j, i + 1)
  }
  return out
}
