import * as v from 'valibot'
import { DocumentSchema } from './documentSchema'
import { LOCALES } from './locale'
import { LANGUAGE_TAG_PATTERN, REFERENCE_PATTERN, SLUG_PATTERN } from './patterns'

/**
 * Shapes of the API's successful answers (valibot): the app checks every answer against them (anything
 * else is a BadPayload) and the server's tests check its answers against the same ones.
 * `api.ts` names which route answers which.
 */
const Localized = v.object({ vi: v.string(), en: v.string() })
const Locale = v.picklist(LOCALES)
const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN))
const TextLanguage = v.optional(v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN)))
const CategoryRef = v.object({ slug: Slug, name: Localized })

export const Category = v.object({ ...CategoryRef.entries, description: Localized, articleCount: v.number() })
export const CategoryList = v.array(Category)

export const ArticleSummary = v.object({
  slug: Slug,
  title: v.string(),
  lead: v.string(),
  category: CategoryRef,
  published: v.string(),
  updated: v.nullable(v.string()),
  author: v.string(),
  language: Locale,
  textLanguage: TextLanguage,
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

const SitemapEntry = v.object({ slug: Slug, title: v.string(), language: Locale, textLanguage: TextLanguage })
export const Sitemap = v.object({
  categories: v.array(v.object({ ...CategoryRef.entries, articles: v.array(SitemapEntry) })),
  pages: v.array(SitemapEntry),
})

/** `POST /api/feedback`: the reference the reader can quote, and when it arrived. */
export const FeedbackReceipt = v.object({ reference: v.pipe(v.string(), v.regex(REFERENCE_PATTERN)), receivedAt: v.string() })

/** `GET /api/config`: what the server tells the app at run time (also in each page's hydration data). */
export const RuntimeConfig = v.object({
  siteName: Localized,
  siteDescription: v.optional(v.nullable(Localized)),
  contentSource: v.picklist(['lectern', 'wordpress']),
  editorUrl: v.nullable(v.pipe(v.string(), v.regex(/^(?:https?:\/\/|\/)/))),
  feedbackRetentionDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

/** `GET /api/openapi.json`: an OpenAPI document (its details are the generator's). */
export const OpenApiDocument = v.looseObject({
  openapi: v.string(),
  info: v.looseObject({ title: v.string(), version: v.string() }),
  paths: v.record(v.string(), v.unknown()),
})

/** `GET /api/test/feedback` (LECTERN_TEST_HOOKS=1 only): how many stored submissions match. */
export const TestFeedbackCount = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)) })
