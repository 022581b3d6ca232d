import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '../storage/persisted'
import { CHOICES, DEFAULT_PREFERENCES, PREFERENCE_KEYS, parsePreferences, rootState, serializePreferences } from './preferencesModel'

// The inline script in index.html runs before the bundle, so it cannot import the rules: it
// repeats them. These tests run the real script text against a stand-in <html> and check it
// lands on exactly what the store would set, for good, old, corrupt and hostile values.
const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8')
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)

function runInlineScript(stored: string | null) {
  const properties: Record<string, string> = {}
  const attributes: Record<string, string> = {}
  const documentElement = {
    style: { setProperty: (name: string, value: string) => (properties[name] = value) },
    setAttribute: (name: string, value: string) => (attributes[name] = value),
    set lang(value: string) { attributes.lang = value },
  }
  runInNewContext(scripts[0]!, { document: { documentElement }, localStorage: { getItem: () => stored } })
  return { properties, attributes }
}

const cases: [string, string | null][] = [
  ['nothing stored', null],
  ['corrupt JSON', '{"textScale":'],
  ['a string', '"x"'],
  ['null', 'null'],
  ['an array', '[3]'],
  ['version 1', '{"version":1,"textScale":1.5,"locale":"en","theme":"dark"}'],
  ['out of range and hostile', '{"version":2,"textScale":99,"theme":"<script>","font":"legible","lineHeight":"2","__proto__":{"motion":"reduce"}}'],
  ['unversioned', '{"textScale":2.5,"motion":"allow"}'],
]

describe('the inline preference script in index.html', () => {
  it('is the only inline script, and small', () => {
    expect(scripts).toHaveLength(1)
    expect(scripts[0]!.length).toBeLessThan(2000)
  })

  it('reads the key the store writes', () => {
    expect(scripts[0]).toContain(`localStorage.getItem('${STORAGE_KEYS.preferences}')`)
  })

  it.each(cases)('applies what the store would for %s', (_case, stored) => {
    expect(runInlineScript(stored)).toEqual(rootState(parsePreferences(stored)))
  })

  it('accepts every value the store accepts, one field at a time', () => {
    for (const key of PREFERENCE_KEYS) {
      for (const value of CHOICES[key]) {
        const stored = serializePreferences({ ...DEFAULT_PREFERENCES, [key]: value })
        expect(runInlineScript(stored), `${key} = ${value}`).toEqual(rootState(parsePreferences(stored)))
      }
    }
  })
})
