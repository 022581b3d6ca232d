/**
 * The one place the sync meets extraction (server/site/extract/, built in parallel): a stand-in
 * reading `<h1>`, `<time>` and `<article>` until the real extractor is merged.
 */
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import type { ExtractedPage, ExtractionFailure, SiteProfile } from '../types'

export type Extract = (html: string, url: string, profile: SiteProfile) => ExtractedPage | ExtractionFailure

export const extract: Extract = (html, url) => {
  const { document } = parseHTML(html)
  const body = document.querySelector('article')
  const title = document.querySelector('h1')?.textContent?.trim() ?? ''
  if (!body || !title) return { failed: 'no article found' }
  body.querySelectorAll('h1').forEach((h) => h.remove())
  const text = body.textContent ?? ''
  const wordCount = text.split(/\s+/).filter(Boolean).length
  if (wordCount < 25) return { failed: `body shorter than 25 words (${wordCount})` }
  const published = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  const category = document.querySelector('meta[property="article:section"]')?.getAttribute('content') ?? undefined
  const img = body.querySelector('img')
  return {
    url, title, contentHtml: body.innerHTML, lead: '', published, language: 'vi', wordCount, warnings: [],
    category: category ? { slug: category.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: category } : undefined,
    image: img ? { src: new URL(img.getAttribute('src') ?? '', url).href, alt: img.getAttribute('alt') ?? '', caption: '' } : undefined,
  }
}

export function loadProfile(path: string): SiteProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as SiteProfile
}
