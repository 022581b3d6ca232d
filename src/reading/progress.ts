import { blockElement } from './dom'
import type { ReadingBlock } from './readingBlocks'

export interface Progress {
  /** 0–100, by words read, not pixels. */
  percent: number
  /** The top-level body block at the reading line (-1 in the header). */
  top: number
  section: { id: string; title: string } | null
}

/** Where on screen a reader's eyes are taken to be: a quarter of the way down. */
const READING_LINE = 0.25

/**
 * Words above the reading line out of all words: whole blocks above it, and the part of the
 * block it crosses. At the bottom of the page everything counts as read.
 */
export function measureProgress(article: Element, blocks: readonly ReadingBlock[]): Progress {
  const line = window.innerHeight * READING_LINE
  const total = blocks.reduce((sum, b) => sum + b.words, 0) || 1
  const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
  let read = 0
  let current: ReadingBlock | undefined
  for (const block of blocks) {
    const rect = blockElement(article, block.place)?.getBoundingClientRect()
    if (!rect || rect.top >= line) break
    current = block
    read += rect.bottom <= line ? block.words : block.words * ((line - rect.top) / Math.max(1, rect.height))
  }
  const percent = atEnd ? 100 : Math.round((read / total) * 100)
  const sectionTitle = current?.section ? blocks.find((b) => b.section === current!.section)?.text : undefined
  return {
    percent,
    top: current?.top ?? -1,
    section: current?.section && sectionTitle ? { id: current.section, title: sectionTitle.trim() } : null,
  }
}
