import { describe, expect, it } from 'vitest'
import type { Article } from '../../core/types'
import type { ContentSource } from '../../core/contentSource'
import { checkSource } from './findings'

/** A source as the WordPress one answers: a sitemap, then each article by its slug. */
function sourceOf(articles: Pick<Article, 'slug' | 'title' | 'language' | 'source' | 'body'>[]): ContentSource {
  const fail = (): never => { throw new Error('not used by checkSource') }
  return {
    sitemap: async () => ({ pages: [], categories: [{ slug: 'tin', name: { vi: 'Tin', en: 'News' }, articles: articles.map((a) => ({ slug: a.slug, title: a.title, language: a.language })) }] }),
    getArticle: async (slug) => articles.find((a) => a.slug === slug) as Article | undefined,
    listArticles: fail, listCategories: fail, getPage: fail, search: fail,
  }
}

describe('checkSource (WordPress, on demand)', () => {
  it('checks every article through the source, most errors first, with messages in the language asked', async () => {
    const source = sourceOf([
      { slug: 'mot', title: 'Một', language: 'vi', source: 'https://portal.example.vn/mot/', body: { version: 1, blocks: [{ type: 'paragraph', children: [{ type: 'link', href: 'https://x.vn', children: [{ type: 'text', value: 'xem thêm' }] }] }] } },
      { slug: 'hai', title: 'Hai', language: 'vi', source: null, body: { version: 1, blocks: [{ type: 'figure', image: { src: '/a.jpg', alt: '', decorative: false }, caption: [] }] } },
      { slug: 'ba', title: 'Ba', language: 'vi', source: null, body: { version: 1, blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Không có gì.' }] }] } },
    ])
    const found = await checkSource(source, { locale: 'en' })
    expect(found.map((a) => a.slug)).toEqual(['hai', 'mot'])
    expect(found[1]).toEqual({ slug: 'mot', title: 'Một', originalUrl: 'https://portal.example.vn/mot/', findings: [
      { rule: 'link-vague', severity: 'warning', message: expect.stringMatching(/^The link text does not say/), excerpt: 'xem thêm' },
    ] })
  })
})
