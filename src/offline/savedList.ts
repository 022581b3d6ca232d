import type { CategoryRef } from '../../core/types'
import { STORAGE_KEYS, parseJson, persisted } from '../storage/persisted'
import { isLocale, type Locale } from '../../core/locale'

/** What the Saved articles page lists; the article itself is in the Cache API (see savedCache.ts). */
export interface SavedArticle {
  slug: string
  title: string
  language: Locale
  category: CategoryRef
  /** ISO 8601. */
  savedAt: string
  /** What the saved copies take on the device. */
  bytes: number
  /** Every address kept for it (page, data, images): removed together. */
  urls: string[]
}

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
  return Array.isArray(parsed) ? parsed.filter(isSaved) : []
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
