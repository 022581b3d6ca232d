import { createHash } from 'node:crypto'
import { countWords, documentText } from '../../../core/text'
import type { ConversionNote } from '../../../core/contentFindings'
import { htmlToDocument } from '../../content/parse'
import type { Glossary } from '../../content/glossary'
import type { ExtractedPage } from '../types'
import { DEFAULT_CATEGORY, type SiteArticle } from '../store/siteStore'
import { rewriteDocument, type Rewriters } from './rewrite'

/**
 * An extracted page as an article of the embedded store: its HTML through the same sanitizer
 * and document conversion as WordPress content, then links and pictures pointed at Lectern.
 * A page with no date takes the one the server gave (Last-Modified), else now. What conversion
 * dropped or repaired goes to `notes` (for the content check); the glossary's abbreviations are
 * marked as in the Markdown import.
 */
export function toArticle(
  page: ExtractedPage, rewriters: Rewriters, fallbackDate: string, conversion: { notes?: ConversionNote[]; glossary?: Glossary } = {},
): SiteArticle {
  const imageSrc = page.image ? rewriters.pictureSrc(page.image.src) : undefined
  const converted = rewriteDocument(htmlToDocument(page.contentHtml, {
    baseUrl: page.url, notes: conversion.notes, abbreviations: conversion.glossary?.expansions(page.language),
  }), rewriters)
  // The lead picture is shown above the text: the same picture again in the body would be read twice.
  const body = imageSrc ? { ...converted, blocks: converted.blocks.filter((b) => b.type !== 'figure' || b.image.src !== imageSrc) } : converted
  const plainText = documentText(body)
  const article: Omit<SiteArticle, 'hash'> = {
    url: page.url,
    title: page.title.slice(0, 500),
    lead: page.lead.slice(0, 2000),
    category: page.category?.slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(page.category.slug)
      ? { slug: page.category.slug, name: page.category.name.slice(0, 100) }
      : { slug: DEFAULT_CATEGORY.slug, name: DEFAULT_CATEGORY.name.vi },
    published: validDate(page.published) ?? fallbackDate,
    updated: validDate(page.updated) ?? null,
    author: page.author?.slice(0, 200) ?? '',
    language: page.language,
    ...(page.textLanguage ? { textLanguage: page.textLanguage } : {}),
    image: page.image && imageSrc ? { src: imageSrc, alt: page.image.alt, caption: page.image.caption } : null,
    body,
    plainText,
    words: countWords(`${page.title} ${page.lead} ${plainText}`),
  }
  // Of what is stored, links included: a page whose link target became a synced article changes too.
  return { ...article, hash: createHash('sha256').update(JSON.stringify(article)).digest('hex') }
}

const validDate = (value: string | undefined): string | undefined => (value && Number.isFinite(Date.parse(value)) ? value : undefined)
