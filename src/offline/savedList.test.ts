import { describe, expect, it } from 'vitest'
import { copiesOnlyFor, parseSavedList, withSaved, type SavedArticle } from './savedList'

const entry = (slug: string, savedAt = '2026-12-01T03:00:00.000Z'): SavedArticle => ({
  slug, title: `Bài ${slug}`, language: 'vi', category: { slug: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' } },
  savedAt, bytes: 2048, urls: [`/bai-viet/${slug}`, `/api/articles/${slug}`],
})

describe('the saved articles list', () => {
  it('reads what it wrote', () => {
    const list = [entry('a'), entry('b')]
    expect(parseSavedList(JSON.stringify(list))).toEqual(list)
  })

  it('reads nothing, broken JSON or a non-list as an empty list', () => {
    expect(parseSavedList(null)).toEqual([])
    expect(parseSavedList('{not json')).toEqual([])
    expect(parseSavedList('{"slug":"a"}')).toEqual([])
  })

  it('drops an entry that does not read and keeps the others', () => {
    const broken = { ...entry('b'), urls: [1, 2] }
    expect(parseSavedList(JSON.stringify([entry('a'), broken, { ...entry('c'), language: 'fr' }]))).toEqual([entry('a')])
  })

  it('puts a newly saved article first, once, even when saved again', () => {
    const list = [entry('a'), entry('b')]
    expect(withSaved(list, entry('c')).map((a) => a.slug)).toEqual(['c', 'a', 'b'])
    const again = withSaved(list, entry('b', '2026-12-02T00:00:00.000Z'))
    expect(again.map((a) => a.slug)).toEqual(['b', 'a'])
    expect(again[0]!.savedAt).toBe('2026-12-02T00:00:00.000Z')
  })

  it('removing one keeps what another saved article also uses (a shared picture)', () => {
    const a = { ...entry('a'), urls: ['/bai-viet/a', '/api/articles/a', '/media/shared.jpg', '/media/a.jpg'] }
    const b = { ...entry('b'), urls: ['/bai-viet/b', '/api/articles/b', '/media/shared.jpg'] }
    expect(copiesOnlyFor([a, b], 'a')).toEqual(['/bai-viet/a', '/api/articles/a', '/media/a.jpg'])
    expect(copiesOnlyFor([b], 'b')).toEqual(b.urls)
    expect(copiesOnlyFor([a, b], 'unknown')).toEqual([])
  })
})

describe('a saved article in another language (a synced page)', () => {
  it('keeps its own text language, and drops a malformed one from its entry, never the entry', () => {
    const french = { ...entry('fr'), language: 'en' as const, textLanguage: 'fr' }
    expect(parseSavedList(JSON.stringify([french]))).toEqual([french])
    expect(parseSavedList(JSON.stringify([{ ...entry('a'), textLanguage: '"><script>' }]))).toEqual([entry('a')])
  })
})
