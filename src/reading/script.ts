import { readingBlocks, type ArticleForReading, type ReadingBlock } from './readingBlocks'
import { splitSentences, spokenForm, utteranceChunks } from './sentences'
import { spokenSlice } from './spokenText'

/** One sentence of the article: where it is (block and offsets) and what is said for it. */
export interface ScriptSentence {
  block: number
  start: number
  end: number
  text: string
  /** Utterance-sized pieces of `text` as the voice is given them (abbreviations expanded). */
  chunks: string[]
}

export interface ReadingScript {
  blocks: ReadingBlock[]
  sentences: ScriptSentence[]
}

/** The whole article split into sentences, in reading order. */
export function readingScript(article: ArticleForReading, lang: string): ReadingScript {
  const blocks = readingBlocks(article)
  const sentences: ScriptSentence[] = []
  blocks.forEach((block, index) => {
    for (const span of splitSentences(block.text, lang)) {
      const text = block.text.slice(span.start, span.end)
      const spoken = spokenSlice(block.text, span.start, span.end, block.expansions)
      sentences.push({ block: index, ...span, text, chunks: utteranceChunks(spokenForm(spoken)) })
    }
  })
  return { blocks, sentences }
}

/** The first sentence of a block at or after `block` (for "read from here"). */
export function firstSentenceFrom(script: ReadingScript, block: number): number {
  const index = script.sentences.findIndex((s) => s.block >= block)
  return index === -1 ? 0 : index
}
