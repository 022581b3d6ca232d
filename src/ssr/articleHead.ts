import { textLanguageOf } from '../../core/locale'
import type { Article } from '../../core/types'
import { leadingParagraph } from '../../core/text'
import type { PageMeta } from './head'

/** An article as search engines and link previews read it: description, language, picture, schema.org NewsArticle. */
export function articleMeta(article: Article, canonical: { origin: string; path: string }, siteName: string): PageMeta {
  const absolute = (url: string) => new URL(url, canonical.origin).href
  const image = article.image ? { url: absolute(article.image.src), alt: article.image.alt } : undefined
  // A WordPress post without a manual excerpt has no lead: its opening paragraph describes it.
  const description = article.lead || leadingParagraph(article.body)
  return {
    description,
    lang: textLanguageOf(article),
    type: 'article',
    ...(image ? { image } : {}),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description,
      inLanguage: textLanguageOf(article),
      datePublished: article.published,
      dateModified: article.updated ?? article.published,
      ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
      publisher: { '@type': 'Organization', name: siteName },
      articleSection: article.category.name[article.language],
      mainEntityOfPage: `${canonical.origin}${canonical.path}`,
      ...(image ? { image: [image.url] } : {}),
    },
  }
}
