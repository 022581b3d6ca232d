import * as v from 'valibot'
import type { ArticleDocument, Block, Inline, TableCell } from './document'
import { DATA_IMAGE, LANGUAGE_TAG_PATTERN } from './patterns'

/**
 * The browser's own check of a document before rendering it: a tree of unknown node types,
 * a javascript: link or a foreign image scheme is a BadPayload, never markup. Defence in depth
 * behind the server's sanitizer (and the only defence if a source adapter is wrong).
 */
const safeHref = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i, 'a link must be http(s), mailto, tel, a site path or an anchor'),
)
const safeSrc = v.union([
  v.pipe(v.string(), v.maxLength(2048), v.regex(/^(?:https?:\/\/|\/(?!\/))/i, 'an image must be http(s) or a site path')),
  // A picture carried inline (an inline SVG conversion rebuilt): shown by <img>, so inert.
  v.pipe(v.string(), v.maxLength(100_000), v.regex(DATA_IMAGE, 'an inline image must be base64 png, gif, jpeg, webp or svg')),
])
/** Only ids conversion makes (folded, hyphenated), never the source's. */
const blockId = v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)))
const lang = v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'not a language tag'))

const InlineSchema: v.GenericSchema<Inline> = v.lazy(() =>
  v.variant('type', [
    v.object({ type: v.literal('text'), value: v.string() }),
    v.object({ type: v.picklist(['strong', 'emphasis', 'delete']), children: v.array(InlineSchema) }),
    v.object({ type: v.literal('code'), value: v.string() }),
    v.object({ type: v.literal('break') }),
    v.object({
      type: v.literal('link'),
      href: safeHref,
      title: v.optional(v.string()),
      newWindow: v.optional(v.boolean()),
      children: v.array(InlineSchema),
    }),
    v.object({ type: v.literal('lang'), lang, children: v.array(InlineSchema) }),
    v.object({ type: v.literal('abbr'), title: v.string(), children: v.array(InlineSchema) }),
  ]),
)

const CellSchema: v.GenericSchema<TableCell> = v.object({
  header: v.boolean(),
  scope: v.optional(v.picklist(['col', 'row'])),
  align: v.optional(v.picklist(['left', 'center', 'right'])),
  children: v.array(InlineSchema),
})

const BlockSchema: v.GenericSchema<Block> = v.lazy(() =>
  v.variant('type', [
    v.object({ type: v.literal('paragraph'), id: blockId, children: v.array(InlineSchema) }),
    v.object({
      type: v.literal('heading'),
      level: v.picklist([2, 3, 4, 5, 6]),
      id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
      children: v.array(InlineSchema),
    }),
    v.object({ type: v.literal('list'), id: blockId, ordered: v.boolean(), start: v.optional(v.number()), items: v.array(v.array(BlockSchema)) }),
    v.object({ type: v.literal('quote'), id: blockId, lang: v.optional(lang), children: v.array(BlockSchema) }),
    v.object({ type: v.literal('address'), id: blockId, children: v.array(BlockSchema) }),
    v.object({
      type: v.literal('figure'),
      id: blockId,
      href: v.optional(safeHref),
      newWindow: v.optional(v.boolean()),
      image: v.object({
        src: safeSrc,
        alt: v.string(),
        decorative: v.boolean(),
        width: v.optional(v.number()),
        height: v.optional(v.number()),
      }),
      caption: v.array(InlineSchema),
    }),
    v.object({ type: v.literal('table'), id: blockId, caption: v.array(InlineSchema), head: v.array(v.array(CellSchema)), body: v.array(v.array(CellSchema)) }),
    v.object({ type: v.literal('code'), value: v.string() }),
    v.object({ type: v.literal('rule') }),
  ]),
)

export const DocumentSchema: v.GenericSchema<ArticleDocument> = v.object({
  version: v.literal(1),
  blocks: v.array(BlockSchema),
})
