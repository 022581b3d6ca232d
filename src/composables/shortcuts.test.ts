import { describe, expect, it } from 'vitest'
import { shortcutFor } from './shortcuts'

const key = (k: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, altKey: false, metaKey: false, defaultPrevented: false, ...extra })

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(['?', '/', '+', '=', '-', '0', 'j', 'k', 't', '[', ']'].map((k) => key(k))).toEqual(
      ['help', 'search', 'larger', 'larger', 'smaller', 'reset', 'next', 'previous', 'toc', 'lineUp', 'lineDown'])
  })

  it('stays silent with Ctrl, Alt or Meta, while composing, or when already handled', () => {
    expect(key('t', { ctrlKey: true })).toBeUndefined()
    expect(key('+', { altKey: true })).toBeUndefined()
    expect(key('/', { metaKey: true })).toBeUndefined()
    expect(key('j', { isComposing: true })).toBeUndefined()
    expect(key('?', { defaultPrevented: true })).toBeUndefined()
  })

  it('ignores other keys, including capitals', () => {
    expect(key('J')).toBeUndefined()
    expect(key('a')).toBeUndefined()
    expect(key('Enter')).toBeUndefined()
  })
})
