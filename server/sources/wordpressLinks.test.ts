import { describe, expect, it } from 'vitest'
import { localizeLink, localizeLinks } from './wordpressLinks'

const SITE = 'https://portal.example/'

describe('links to the portal’s own WordPress permalinks become Lectern routes', () => {
  it.each([
    ['https://portal.example/2024/05/khanh-thanh-cau/', '/bai-viet/khanh-thanh-cau'],
    ['https://portal.example/khanh-thanh-cau/#quy-mo', '/bai-viet/khanh-thanh-cau#quy-mo'],
    ['https://portal.example/category/kinh-te/', '/chuyen-muc/kinh-te'],
    ['https://portal.example/lien-he/', '/lien-he'],
    ['https://portal.example/about/', '/gioi-thieu'],
  ])('%s → %s', (href, route) => {
    expect(localizeLink(href, SITE)).toBe(route)
  })

  it.each([
    'https://portal.example/wp-content/uploads/2024/05/lich.pdf',
    'https://portal.example/wp-admin/',
    'https://portal.example/feed/',
    'https://portal.example/?p=101',
    'https://portal.example/2024/05/l%e1%bb%85-h%e1%bb%99i/',
    'https://other.example/2024/05/khanh-thanh-cau/',
    'mailto:bbt@portal.example',
  ])('leaves %s alone', (href) => {
    expect(localizeLink(href, SITE)).toBe(href)
  })

  it('respects a WordPress installed under a path', () => {
    expect(localizeLink('https://portal.example/tin/2024/05/khanh-thanh-cau/', 'https://portal.example/tin/')).toBe('/bai-viet/khanh-thanh-cau')
    expect(localizeLink('https://portal.example/khac/khanh-thanh-cau/', 'https://portal.example/tin/')).toBe('https://portal.example/khac/khanh-thanh-cau/')
  })

  it('rewrites links everywhere in a document', () => {
    const link = { type: 'link' as const, href: 'https://portal.example/category/kinh-te/', children: [{ type: 'text' as const, value: 'Kinh tế' }] }
    const doc = localizeLinks({ version: 1, blocks: [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [{ type: 'strong', children: [link] }] }]] }] }, SITE)
    expect(JSON.stringify(doc)).toContain('"href":"/chuyen-muc/kinh-te"')
  })
})
