import type { Notebook } from './conversionNotes'

/** What one document's conversion carries from node to node (it is synchronous and single-use). */
export interface Conversion {
  /** Where the source lives: relative links and images resolve against it (else are dropped). */
  baseUrl: string | undefined
  note: Notebook
  /** The level of the last heading kept, so the next never skips one. */
  lastLevel: number
  /** Ids given so far (headings' and kept anchors'): each unique. */
  ids: Set<string>
  /** Source ids that a same-page link in this document points at. */
  targets: ReadonlySet<string>
  /** Source id → the id it has in the document. */
  anchors: Map<string, string>
}
