import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import iconv from 'iconv-lite'
import type { ExtractedPage, ExtractionFailure, SiteProfile } from '../types'
import { parseDocument, textOf } from './dom'
import { extractPage, isExtractionFailure, MAX_HTML_BYTES } from './extractPage'

/**
 * `npm run site:check -- <url|file> [--json] [--profile path]`: what Lectern extracts from one
 * page, so a portal team can tune a profile in minutes. Fetches only the address given.
 */

export interface CheckedPage extends ExtractedPage {
  outline: { level: number; text: string }[]
  pictures: { src: string; alt: string; caption: string }[]
}

export type CheckResult = CheckedPage | ExtractionFailure

/** Headings and pictures of the extracted body, for the report. */
export function describe(page: ExtractedPage): CheckedPage {
  const body = parseDocument(page.contentHtml).body
  const outline = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName.slice(1)), text: textOf(h) }))
  const pictures = [...body.querySelectorAll('img')].map((img) => ({
    src: img.getAttribute('src') ?? '',
    alt: img.getAttribute('alt') ?? '',
    caption: textOf(img.closest('figure')?.querySelector('figcaption')),
  }))
  return { ...page, outline, pictures: page.image ? [page.image, ...pictures] : pictures }
}

const quote = (text: string): string => (text ? `"${text}"` : '(none)')

/** The human-readable report. */
export function formatReport(result: CheckResult, source: string): string {
  if (isExtractionFailure(result)) return `${source}\nNo article: ${result.failed}\n`
  const lines = [
    result.url,
    `Title:     ${result.title}`,
    `Published: ${result.published ?? '(none)'}`,
    `Updated:   ${result.updated ?? '(none)'}`,
    `Author:    ${result.author ?? '(none)'}`,
    `Category:  ${result.category ? `${result.category.name} (${result.category.slug})` : '(none)'}`,
    `Language:  ${result.textLanguage ? `${result.textLanguage} (its text; English around it)` : result.language}`,
    `Words:     ${result.wordCount}`,
    `Lead:      ${result.lead || '(none)'}`,
    `Outline:   ${result.outline.length === 0 ? '(no headings)' : ''}`,
    ...result.outline.map((h) => `${'  '.repeat(h.level)}h${h.level} ${h.text}`),
    `Pictures:  ${result.pictures.length === 0 ? '(none)' : result.pictures.length}`,
    ...result.pictures.map((p) => `  ${p.src}\n    alt ${quote(p.alt)}, caption ${quote(p.caption)}`),
    `Warnings:  ${result.warnings.length === 0 ? '(none)' : ''}`,
    ...result.warnings.map((w) => `  - ${w}`),
  ]
  return lines.join('\n') + '\n'
}

export class CheckError extends Error {}

/** Text of a response or file in its charset: the header's, else the page's `<meta>`, else UTF-8. */
export function decodeHtml(bytes: Buffer, contentType = ''): string {
  const head = bytes.subarray(0, 2048).toString('latin1')
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8'
  // NFC: windows-1258 (and some UTF-8 editors) write Vietnamese tones as combining marks.
  return (iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8')).normalize('NFC')
}

async function fetchPage(address: string, timeoutMs: number): Promise<{ html: string; url: string }> {
  let response: Response
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'Lectern site:check (+https://github.com/lectern)', accept: 'text/html' } })
  } catch (error) {
    throw new CheckError(`cannot fetch ${address}: ${(error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : (error as Error).message}`)
  }
  if (!response.ok) throw new CheckError(`${address} answered HTTP ${response.status}`)
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_HTML_BYTES) throw new CheckError(`${address} is larger than ${MAX_HTML_BYTES / 1048576} MB`)
  const chunks: Buffer[] = []
  let size = 0
  const reader = response.body?.getReader()
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength
    if (size > MAX_HTML_BYTES) {
      await reader?.cancel()
      throw new CheckError(`${address} is larger than ${MAX_HTML_BYTES / 1048576} MB`)
    }
    chunks.push(Buffer.from(read.value))
  }
  return { html: decodeHtml(Buffer.concat(chunks), response.headers.get('content-type') ?? ''), url: response.url || address }
}

/** Reads one page (an http(s) address, or a saved file with `url` as its address) and extracts it. */
export async function checkPage(source: string, profile: SiteProfile = {}, options: { url?: string; timeoutMs?: number } = {}): Promise<CheckResult> {
  let html: string
  let url: string
  if (/^https?:\/\//i.test(source)) {
    ({ html, url } = await fetchPage(source, options.timeoutMs ?? 15_000))
  } else {
    let bytes: Buffer
    try {
      bytes = await readFile(source)
    } catch (error) {
      throw new CheckError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    html = decodeHtml(bytes)
    url = options.url ?? pathToFileURL(resolve(source)).href
  }
  const result = extractPage(html, url, profile)
  return isExtractionFailure(result) ? result : describe(result)
}
