/**
 * The article document model: a small typed tree that every content source is turned into at
 * the boundary (server side), validated again in the browser, and rendered by Vue render
 * functions. No node carries a tag name or raw markup, so nothing a source sends can become
 * script: the renderer decides every element.
 */

export type Lang = string

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'break' }
  | { type: 'link'; href: string; title?: string; newWindow?: boolean; children: Inline[] }
  | { type: 'lang'; lang: Lang; children: Inline[] }
  | { type: 'abbr'; title: string; children: Inline[] }

export interface ImageRef {
  src: string
  /** Empty string only when `decorative` is true. */
  alt: string
  decorative: boolean
  width?: number
  height?: number
}

export interface TableCell {
  header: boolean
  scope?: 'col' | 'row'
  align?: 'left' | 'center' | 'right'
  children: Inline[]
}

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'quote'; lang?: Lang; children: Block[] }
  | { type: 'address'; children: Block[] }
  | { type: 'figure'; image: ImageRef; caption: Inline[] }
  | { type: 'table'; caption: Inline[]; head: TableCell[][]; body: TableCell[][] }
  | { type: 'code'; value: string }
  | { type: 'rule' }

export interface ArticleDocument {
  version: 1
  blocks: Block[]
}

