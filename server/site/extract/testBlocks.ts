import { parseDocument, textOf } from './dom'

/** The body's top-level blocks as tests compare them: tag and text, and a figure's picture. */
export interface TestBlock { tag: string; text: string; src?: string; alt?: string }

export function blocksOf(contentHtml: string): TestBlock[] {
  return [...parseDocument(contentHtml).body.children].map((block) => {
    const image = block.tagName === 'FIGURE' ? block.querySelector('img') : null
    return {
      tag: block.tagName.toLowerCase(),
      text: textOf(block),
      ...(image ? { src: image.getAttribute('src') ?? '', alt: image.getAttribute('alt') ?? '' } : {}),
    }
  })
}
