import * as v from 'valibot'
import type { ArticleDocument, Block, Inline, TableCell } from './document'
import { LANGUAGE_TAG_PATTERN } from './patterns'

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
const safeSrc = v.pipe(v.string(), v.maxLength(2048), v.regex(/^(?:https?:\/\/|\/(?!\/))/i, 'an image must be http(s) or a site path'))
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
    v.object({ type: v.literal('paragraph'), children: v.array(InlineSchema) }),
    v.object({
      type: v.literal('heading'),
      level: v.picklist([2, 3, 4, 5, 6]),
      id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
      children: v.array(InlineSchema),
    }),
    v.object({ type: v.literal('list'), ordered: v.boolean(), start: v.optional(v.number()), items: v.array(v.array(BlockSchema)) }),
    v.object({ type: v.literal('quote'), lang: v.optional(lang), children: v.array(BlockSchema) }),
    v.object({ type: v.literal('address'), children: v.array(BlockSchema) }),
    v.object({
      type: v.literal('figure'),
      image: v.object({
        src: safeSrc,
        alt: v.string(),
        decorative: v.boolean(),
        width: v.optional(v.number()),
        height: v.optional(v.number()),
      }),
      caption: v.array(InlineSchema),
    }),
    v.object({ type: v.literal('table'), caption: v.array(InlineSchema), head: v.array(v.array(CellSchema)), body: v.array(v.array(CellSchema)) }),
    v.object({ type: v.literal('code'), value: v.string() }),
    v.object({ type: v.literal('rule') }),
  ]),
)

export const DocumentSchema: v.GenericSchema<ArticleDocument> = v.object({
  version: v.literal(1),
  blocks: v.array(BlockSchema),
})
