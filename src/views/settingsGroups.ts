import { CHOICES, DEFAULT_PREFERENCES, type PreferenceKey } from '../stores/preferencesModel'

export interface ChoiceOption { value: string | number | boolean; label: string }
export interface SettingGroup { key: PreferenceKey; legend: string; options: ChoiceOption[] }

type Translate = (key: string, values?: Record<string, unknown>) => string
type FormatNumber = (value: number, options: Intl.NumberFormatOptions) => string

/** The order the settings page offers them in; the language has its own switch in the header. */
export const SETTING_KEYS = [
  'textScale', 'theme', 'font', 'lineHeight', 'lineLength',
  'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'motion', 'keyboardShortcuts',
] as const satisfies readonly PreferenceKey[]

/** Words for one value of one preference, as a person reads it ("Sáng", "Rộng (0,12 em)"). */
export function optionLabel(key: PreferenceKey, value: ChoiceOption['value'], t: Translate, n: FormatNumber): string {
  const index = (CHOICES[key] as readonly unknown[]).indexOf(value)
  const em = (label: string) => t('settingsView.emValue', { label, value: n(Number(value), { maximumFractionDigits: 2 }) })
  switch (key) {
    case 'textScale': return n(Number(value), { style: 'percent', maximumFractionDigits: 1 })
    case 'lineHeight': return `${t(`settingsView.lineHeights.${index}`)} (${n(Number(value), { maximumFractionDigits: 1 })})`
    case 'letterSpacing':
    case 'wordSpacing':
    case 'paragraphSpacing': return em(t(`settingsView.spacings.${index}`))
    case 'font': return t(`settingsView.fonts.${value}`)
    case 'theme': return t(`settingsView.themes.${value}`)
    case 'lineLength': return t(`settingsView.lineLengths.${value}`)
    case 'motion': return t(`settingsView.motions.${value}`)
    case 'keyboardShortcuts': return t(`settingsView.onOff.${value}`)
    case 'locale': return String(value)
  }
}

export function settingGroups(t: Translate, n: FormatNumber): SettingGroup[] {
  return SETTING_KEYS.map((key) => ({
    key,
    legend: t(`settingsView.${key}`),
    options: (CHOICES[key] as readonly ChoiceOption['value'][]).map((value) => {
      const label = optionLabel(key, value, t, n)
      return { value, label: value === DEFAULT_PREFERENCES[key] ? t('settingsView.default', { label }) : label }
    }),
  }))
}
