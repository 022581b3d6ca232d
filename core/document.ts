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
  /** http(s), a site path, or a base64 `data:image/…` URL (an inline SVG conversion rebuilt). */
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

/**
 * `id` on a block other than a heading is there only because a same-page link in the article
 * points at it (conversion keeps such ids, unique and prefixed "ref-"). A figure with `href` is a
 * linked picture: the whole picture is the link, named by its description.
 */
export type Block =
  | { type: 'paragraph'; id?: string; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'list'; id?: string; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'quote'; id?: string; lang?: Lang; children: Block[] }
  | { type: 'address'; id?: string; children: Block[] }
  | { type: 'figure'; id?: string; image: ImageRef; href?: string; newWindow?: boolean; caption: Inline[] }
  | { type: 'table'; id?: string; caption: Inline[]; head: TableCell[][]; body: TableCell[][] }
  | { type: 'code'; value: string }
  | { type: 'rule' }

export interface ArticleDocument {
  version: 1
  blocks: Block[]
}

