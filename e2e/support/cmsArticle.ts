import type { Page } from '@playwright/test'
import type { Article } from '../../core/types'
import type { ArticleDocument } from '../../core/document'
import { htmlToDocument, htmlToText } from '../../server/content/parse'

export const CMS_SITE = 'https://portal.example/'

/**
 * An article as the server would send it for a CMS body: the body through the server's own
 * boundary (`htmlToDocument`, sanitize + normalize), the title and lead through `htmlToText`.
 */
export function cmsArticle(slug: string, titleHtml: string, leadHtml: string, body: ArticleDocument | string): Article {
  return {
    slug,
    title: htmlToText(titleHtml),
    lead: htmlToText(leadHtml),
    category: { slug: 'tin-tuc-su-kien', name: { vi: 'Tin tức - Sự kiện', en: 'News and events' } },
    published: '2024-05-12T08:30:00+07:00',
    updated: null,
    author: 'Ban Biên tập',
    language: 'vi',
    image: null,
    readingMinutes: 1,
    source: null,
    body: typeof body === 'string' ? htmlToDocument(body, { baseUrl: CMS_SITE }) : body,
  }
}

/** Serves these articles at /api/articles/<slug> and answers every off-site request with 404. */
export async function serveArticles(page: Page, articles: Article[], offSite: (url: string) => void = () => {}): Promise<void> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]))
  await page.route('**/api/articles/*', async (route) => {
    const slug = new URL(route.request().url()).pathname.split('/').pop()!
    const article = bySlug.get(slug)
    if (article) await route.fulfill({ json: article })
    else await route.fallback()
  })
  await page.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, async (route) => {
    offSite(route.request().url())
    await route.fulfill({ status: 404, body: '' })
  })
}
