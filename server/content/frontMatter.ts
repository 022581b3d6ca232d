import { SLUG_PATTERN } from '../../core/patterns'
import * as v from 'valibot'
import { parse as parseYaml } from 'yaml'

const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'a slug is a-z, 0-9 and single hyphens'), v.maxLength(120))
// YAML turns unquoted timestamps into Date objects; keep the author's text (with its offset).
const isoDate = v.pipe(
  v.union([v.string(), v.date()]),
  v.transform((d) => (d instanceof Date ? d.toISOString() : d)),
  v.check((d) => !Number.isNaN(Date.parse(d)), 'a date is ISO 8601, e.g. 2019-09-10T15:08:44+07:00'),
)
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max))

export const ArticleFrontMatter = v.object({
  title: text(300),
  slug,
  lead: text(2000),
  category: slug,
  published: isoDate,
  updated: v.optional(isoDate),
  author: text(200),
  language: v.picklist(['vi', 'en']),
  source: v.optional(text(500)),
  image: v.optional(
    v.object({
      src: v.pipe(v.string(), v.regex(/^\/media\/[\w.-]+$/, 'an image is /media/<file>')),
      alt: text(1000),
      caption: v.optional(v.pipe(v.string(), v.maxLength(1000)), ''),
    }),
  ),
})
export type ArticleFrontMatter = v.InferOutput<typeof ArticleFrontMatter>

export const PageFrontMatter = v.object({
  title: text(300),
  slug,
  lead: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  language: v.picklist(['vi', 'en']),
  updated: v.optional(isoDate),
})
export type PageFrontMatter = v.InferOutput<typeof PageFrontMatter>

const localized = v.object({ vi: text(200), en: text(200) })
export const CategoriesFile = v.array(
  v.object({ slug, name: localized, description: localized }),
)
export type CategoriesFile = v.InferOutput<typeof CategoriesFile>

/** Splits `---\nYAML\n---\nbody` and validates the YAML; the error names the file and field. */
export function readFrontMatter<S extends v.GenericSchema>(
  schema: S,
  source: string,
  file: string,
): { data: v.InferOutput<S>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source)
  if (!match) throw new Error(`${file}: no front matter (the file must start with ---)`)
  const result = v.safeParse(schema, parseYaml(match[1]!))
  if (!result.success) {
    const issues = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
    throw new Error(`${file}: ${issues.join('; ')}`)
  }
  return { data: result.output, body: match[2]! }
}
