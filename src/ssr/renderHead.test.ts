import { describe, expect, it } from 'vitest'
import { scriptSafeJson } from './renderHead'

describe('scriptSafeJson', () => {
  const hostile = { title: '</script><script>alert(1)</script>', note: '<!-- a & b -->', lines: 'one\u2028two\u2029three' }

  it('leaves nothing that could close the script element, open a comment or end a line', () => {
    const text = scriptSafeJson(hostile)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(text).toContain('\\u003c/script\\u003e')
    expect(text).toContain('\\u0026')
    expect(text).toContain('\\u2028')
  })

  it('reads back as the very same value', () => {
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile)
    expect(JSON.parse(scriptSafeJson({ plain: 'Bắc Kạn', n: 3 }))).toEqual({ plain: 'Bắc Kạn', n: 3 })
  })
})
