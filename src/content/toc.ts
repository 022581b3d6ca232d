import type { ArticleDocument } from '../../core/document'
import { inlineText } from '../../core/text'

export interface TocEntry {
  id: string
  text: string
  children: TocEntry[]
}

/** Sections (h2) with their sub-sections (h3), from the same document tree the body renders. */
export function tableOfContents(doc: ArticleDocument): TocEntry[] {
  const entries: TocEntry[] = []
  for (const block of doc.blocks) {
    if (block.type !== 'heading' || block.level > 3) continue
    const entry = { id: block.id, text: inlineText(block.children), children: [] }
    const parent = entries[entries.length - 1]
    if (block.level === 3 && parent) parent.children.push(entry)
    else if (block.level === 2) entries.push(entry)
  }
  return entries
}

/** A table of contents earns its place from three sections up. */
export const TOC_MIN_SECTIONS = 3
