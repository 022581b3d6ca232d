import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import {
  DEFAULT_PREFERENCES,
  STORAGE_KEY,
  parsePreferences,
  serializePreferences,
  stepTextScale,
  type Locale,
  type TextScale,
} from './preferencesStorage'

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null // storage blocked (private mode, policy): preferences still work for this visit
  }
}

/** Reader preferences: the one place that sets them on <html> and keeps them across visits. */
export const usePreferencesStore = defineStore('preferences', () => {
  const initial = parsePreferences(readStorage())
  const textScale = ref<TextScale>(initial.textScale)
  const locale = ref<Locale>(initial.locale)
  const keyboardShortcuts = ref(initial.keyboardShortcuts)

  const apply = (): void => {
    const root = document.documentElement
    root.style.setProperty('--text-scale', String(textScale.value))
    root.lang = locale.value
  }

  watch([textScale, locale, keyboardShortcuts], () => {
    apply()
    try {
      localStorage.setItem(STORAGE_KEY, serializePreferences({ textScale: textScale.value, locale: locale.value, keyboardShortcuts: keyboardShortcuts.value }))
    } catch {
      // Not persisted (storage full or blocked); the choice still holds for this visit.
    }
  }, { immediate: true })

  return {
    textScale,
    locale,
    keyboardShortcuts,
    larger: () => (textScale.value = stepTextScale(textScale.value, 1)),
    smaller: () => (textScale.value = stepTextScale(textScale.value, -1)),
    resetTextScale: () => (textScale.value = DEFAULT_PREFERENCES.textScale),
    setLocale: (next: Locale) => (locale.value = next),
  }
})
