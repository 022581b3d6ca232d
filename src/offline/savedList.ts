import type { CategoryRef } from '../../core/types'
import { STORAGE_KEYS, parseJson, persisted } from '../storage/persisted'
import { isLocale, type Locale } from '../../core/locale'
import { LANGUAGE_TAG_PATTERN } from '../../core/patterns'

/** What the Saved articles page lists; the article itself is in the Cache API (see savedCache.ts). */
export interface SavedArticle {
  slug: string
  title: string
  language: Locale
  /** As on ArticleSummary: the title's own language when it is neither vi nor en. */
  textLanguage?: string
  category: CategoryRef
  /** ISO 8601. */
  savedAt: string
  /** What the saved copies take on the device. */
  bytes: number
  /** Every address kept for it (page, data, images): removed together. */
  urls: string[]
}

const isLanguageTag = (value: unknown): value is string => typeof value === 'string' && value.length <= 35 && LANGUAGE_TAG_PATTERN.test(value)

const isSaved = (value: unknown): value is SavedArticle => {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.slug === 'string' && typeof v.title === 'string' && isLocale(v.language) &&
    typeof v.savedAt === 'string' && typeof v.bytes === 'number' && Array.isArray(v.urls) && v.urls.every((u) => typeof u === 'string') &&
    typeof v.category === 'object' && v.category !== null
}

/** The list as stored; an entry that does not read is dropped, never the whole list. */
export function parseSavedList(raw: string | null): SavedArticle[] {
  const parsed = parseJson(raw)
  // A malformed text language is dropped from its entry, never the entry with it.
  return Array.isArray(parsed)
    ? parsed.filter(isSaved).map(({ textLanguage, ...entry }) => (isLanguageTag(textLanguage) ? { ...entry, textLanguage } : entry))
    : []
}

/** An empty list is not kept at all. */
export const storedSavedList = persisted<SavedArticle[]>(STORAGE_KEYS.savedArticles, {
  decode: parseSavedList,
  encode: (list) => (list.length ? JSON.stringify(list) : null),
})

/** Newest first, one entry per article. */
export function withSaved(list: SavedArticle[], entry: SavedArticle): SavedArticle[] {
  return [entry, ...list.filter((a) => a.slug !== entry.slug)]
}

/** The addresses kept for this article and for no other saved one: what removing it may drop. */
export function copiesOnlyFor(list: SavedArticle[], slug: string): string[] {
  const others = new Set(list.filter((a) => a.slug !== slug).flatMap((a) => a.urls))
  return (list.find((a) => a.slug === slug)?.urls ?? []).filter((url) => !others.has(url))
}
