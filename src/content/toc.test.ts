import { describe, expect, it } from 'vitest'
import type { ArticleDocument, Block } from '../../core/document'
import { tableOfContents } from './toc'

const heading = (level: 2 | 3 | 4, id: string): Block => ({ type: 'heading', level, id, children: [{ type: 'text', value: id.toUpperCase() }] })

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it and leaves deeper levels out', () => {
    const doc: ArticleDocument = {
      version: 1,
      blocks: [heading(2, 'a'), heading(3, 'a1'), heading(4, 'a1x'), { type: 'paragraph', children: [] }, heading(2, 'b')],
    }
    expect(tableOfContents(doc)).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }] },
      { id: 'b', text: 'B', children: [] },
    ])
  })

  it('is empty for a document without sections', () => {
    expect(tableOfContents({ version: 1, blocks: [{ type: 'paragraph', children: [] }] })).toEqual([])
  })
})
