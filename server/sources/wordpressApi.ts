import * as v from 'valibot'

/**
 * The parts of the WordPress REST API v2 answers Lectern reads (developer.wordpress.org/rest-api/
 * reference/). Loose objects: WordPress and its plugins add fields freely; only what is read is
 * checked, and anything else in the wrong shape is a 502 that names the endpoint.
 */
const Rendered = v.looseObject({ rendered: v.string() })
/** Content and excerpt say `protected: true` (and are empty) when the post has a password. */
const Protectable = v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })

const Term = v.looseObject({ id: v.number(), slug: v.string(), name: v.string(), taxonomy: v.optional(v.string()) })
const EmbeddedAuthor = v.looseObject({ name: v.optional(v.string()) })

export const WpMedia = v.looseObject({
  id: v.number(),
  source_url: v.optional(v.string()),
  alt_text: v.optional(v.string(), ''),
  caption: v.optional(Rendered, { rendered: '' }),
})

export const WpUser = v.looseObject({ id: v.number(), name: v.string() })

const Embedded = v.looseObject({
  // An author the API may not show to anonymous readers arrives as an error object, not a user.
  author: v.optional(v.array(EmbeddedAuthor)),
  'wp:featuredmedia': v.optional(v.array(v.looseObject({ source_url: v.optional(v.string()), alt_text: v.optional(v.string()), caption: v.optional(Rendered) }))),
  'wp:term': v.optional(v.array(v.array(Term))),
})

export const WpPost = v.looseObject({
  id: v.number(),
  date: v.string(),
  date_gmt: v.nullable(v.string()),
  modified: v.optional(v.string()),
  modified_gmt: v.optional(v.nullable(v.string())),
  slug: v.string(),
  link: v.optional(v.string()),
  title: Rendered,
  content: v.optional(Protectable, { rendered: '', protected: false }),
  excerpt: v.optional(Protectable, { rendered: '', protected: false }),
  author: v.optional(v.number(), 0),
  featured_media: v.optional(v.number(), 0),
  categories: v.optional(v.array(v.number()), []),
  /** Set by Polylang and similar plugins on multilingual sites. */
  lang: v.optional(v.string()),
  _embedded: v.optional(Embedded),
})

export const WpCategory = v.looseObject({
  id: v.number(),
  count: v.number(),
  description: v.optional(v.string(), ''),
  name: v.string(),
  slug: v.string(),
})

export const WpSearchResult = v.looseObject({ id: v.number(), type: v.optional(v.string()), subtype: v.optional(v.string()) })

/** The short form `_fields=id,slug,title,categories,lang` used for the sitemap. */
export const WpPostLink = v.looseObject({
  id: v.number(),
  slug: v.string(),
  title: Rendered,
  categories: v.optional(v.array(v.number()), []),
  lang: v.optional(v.string()),
})

export type WpPost = v.InferOutput<typeof WpPost>
export type WpCategory = v.InferOutput<typeof WpCategory>
export type WpMedia = v.InferOutput<typeof WpMedia>
export type WpPostLink = v.InferOutput<typeof WpPostLink>
