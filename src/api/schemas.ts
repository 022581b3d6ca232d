import * as v from 'valibot'
import { DocumentSchema } from '../../core/documentSchema'
import { LOCALES } from '../../core/locale'
import { SLUG_PATTERN } from '../../core/patterns'

/** Shapes of the content API's answers; anything else is a BadPayload. */
const Localized = v.object({ vi: v.string(), en: v.string() })
const Locale = v.picklist(LOCALES)
const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN))
const CategoryRef = v.object({ slug: Slug, name: Localized })

export const Category = v.object({ ...CategoryRef.entries, description: Localized, articleCount: v.number() })

export const ArticleSummary = v.object({
  slug: Slug,
  title: v.string(),
  lead: v.string(),
  category: CategoryRef,
  published: v.string(),
  updated: v.nullable(v.string()),
  author: v.string(),
  language: Locale,
  image: v.nullable(
    v.object({ src: v.pipe(v.string(), v.regex(/^(?:https?:\/\/|\/(?!\/))/)), alt: v.string(), caption: v.string() }),
  ),
  readingMinutes: v.number(),
  protected: v.optional(v.boolean()),
  originalUrl: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\//))),
  confirmedAt: v.optional(v.string()),
})

export const Article = v.object({ ...ArticleSummary.entries, source: v.nullable(v.string()), body: DocumentSchema })

export const Page = v.object({
  slug: Slug,
  title: v.string(),
  lead: v.string(),
  language: Locale,
  updated: v.nullable(v.string()),
  body: DocumentSchema,
})

export const paged = <S extends v.GenericSchema>(item: S) =>
  v.object({ items: v.array(item), total: v.number(), page: v.number(), pageSize: v.number() })

export const SearchHit = v.object({
  ...ArticleSummary.entries,
  snippet: v.array(v.object({ text: v.string(), match: v.boolean() })),
})

const SitemapEntry = v.object({ slug: Slug, title: v.string(), language: Locale })
export const Sitemap = v.object({
  categories: v.array(v.object({ ...CategoryRef.entries, articles: v.array(SitemapEntry) })),
  pages: v.array(SitemapEntry),
})
