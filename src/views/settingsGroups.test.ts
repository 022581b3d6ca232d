import { describe, expect, it } from 'vitest'
import { CHOICES } from '../stores/preferencesModel'
import { SETTING_KEYS, settingGroups } from './settingsGroups'

// A stand-in translator that shows which message and values were asked for.
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key)
const n = (value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat('vi-VN', options).format(value)

describe('the settings page groups', () => {
  const groups = settingGroups(t, n)

  it('offer every reading preference except the language, each with every allowed value', () => {
    expect(groups.map((g) => g.key)).toEqual([...SETTING_KEYS])
    for (const group of groups) expect(group.options.map((o) => o.value)).toEqual([...CHOICES[group.key]])
  })

  it('name text sizes as percentages, keeping the half step', () => {
    const sizes = groups.find((g) => g.key === 'textScale')!.options.map((o) => o.label)
    expect(sizes[0]).toBe('87,5%')
    expect(sizes.at(-1)).toBe('300%')
  })

  it('mark the default and show spacings in em', () => {
    const letter = groups.find((g) => g.key === 'letterSpacing')!.options
    expect(letter[0]!.label).toContain('settingsView.default')
    expect(letter[2]!.label).toBe('settingsView.emValue{"label":"settingsView.spacings.2","value":"0,12"}')
  })
})
