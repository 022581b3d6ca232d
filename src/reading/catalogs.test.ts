import { describe, expect, it } from 'vitest'
import listenEn from '../i18n/locales/listen/en.json'
import listenVi from '../i18n/locales/listen/vi.json'
import readingEn from '../i18n/locales/reading/en.json'
import readingVi from '../i18n/locales/reading/vi.json'
import shortcutsEn from '../i18n/locales/shortcuts/en.json'
import shortcutsVi from '../i18n/locales/shortcuts/vi.json'
import { SHORTCUT_LIST } from '../composables/shortcuts'

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix]

describe('the reading tools speak both languages', () => {
  it.each([['reading', readingVi, readingEn], ['listen', listenVi, listenEn]])('%s has the same words in Vietnamese and English', (_, vi, en) => {
    expect(keys(en).sort()).toEqual(keys(vi).sort())
  })

  it('the shortcut help has words for every shortcut, [ and ] included', () => {
    for (const { action } of SHORTCUT_LIST) {
      expect(shortcutsVi.shortcuts).toHaveProperty(action)
      expect(shortcutsEn.shortcuts).toHaveProperty(action)
    }
  })
})
