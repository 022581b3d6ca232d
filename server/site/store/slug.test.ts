import { describe, expect, it } from 'vitest'
import { slugForUrl } from './slug'

const none = () => false

describe('slugs from article addresses', () => {
  it('takes the last path segment, folded to ASCII, without its extension', () => {
    expect(slugForUrl('https://backan.gov.vn/Pages/tin-tuc/Hội-nghị-tỉnh-ủy.aspx', none)).toBe('hoi-nghi-tinh-uy')
    expect(slugForUrl('https://p.example/tin/Đường%20mới.html', none)).toBe('duong-moi')
  })

  it('adds the segment before a generic one, and the query values when they tell pages apart', () => {
    expect(slugForUrl('https://p.example/tin/le-hoi-long-tong/index.html', none)).toBe('le-hoi-long-tong-index')
    expect(slugForUrl('https://p.example/news.php?id=7', none)).toBe('news-7')
  })

  it('makes a taken slug unique with a number', () => {
    const taken = new Set(['hop-bao', 'hop-bao-2'])
    expect(slugForUrl('https://p.example/b/hop-bao', (s) => taken.has(s))).toBe('hop-bao-3')
  })
})
