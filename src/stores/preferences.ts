import { localeCookie, type Locale } from '../../core/locale'
import { defineStore } from 'pinia'
import { ref, watch, type Ref } from 'vue'
import { loadFont } from '../fonts/fontLoader'
import {
  DEFAULT_PREFERENCES,
  PREFERENCE_KEYS,
  rootState,
  stepTextScale,
  storedPreferences,
  type PreferenceKey,
  type Preferences,
} from './preferencesModel'

function applyToRoot(preferences: Preferences): void {
  const root = document.documentElement
  const { properties, attributes } = rootState(preferences)
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value)
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value)
}

/** The server renders in the language this cookie names, so it follows every change of language. */
function writeLocaleCookie(locale: Locale): void {
  document.cookie = localeCookie(locale)
}

/**
 * Reader preferences: the one place that sets them on <html> and keeps them across visits.
 * It starts from the defaults (and the language the server rendered in) so that the server and
 * the hydrating browser render the same markup; `restore()` then brings in what this browser saved
 * (already on <html>, applied before first paint by the inline script in index.html).
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const initial = { ...DEFAULT_PREFERENCES }
  const textScale = ref(initial.textScale)
  const lineHeight = ref(initial.lineHeight)
  const letterSpacing = ref(initial.letterSpacing)
  const wordSpacing = ref(initial.wordSpacing)
  const paragraphSpacing = ref(initial.paragraphSpacing)
  const font = ref(initial.font)
  const theme = ref(initial.theme)
  const lineLength = ref(initial.lineLength)
  const motion = ref(initial.motion)
  const locale = ref(initial.locale)
  const keyboardShortcuts = ref(initial.keyboardShortcuts)
  const fields: { [K in PreferenceKey]: Ref<Preferences[K]> } = {
    textScale, lineHeight, letterSpacing, wordSpacing, paragraphSpacing,
    font, theme, lineLength, motion, locale, keyboardShortcuts,
  }
  const current = (): Preferences =>
    Object.fromEntries(PREFERENCE_KEYS.map((key) => [key, fields[key].value])) as Preferences

  /**
   * Browser only, once mounted: take the saved preferences and keep them from now on. The
   * language the page was rendered in wins when it came from the cookie (the reader's latest
   * choice, made with or without JavaScript); without a cookie, the saved one applies.
   */
  function restore(options: { localeFromCookie: boolean }): void {
    const saved = storedPreferences.read()
    for (const key of PREFERENCE_KEYS) if (key !== 'locale' || !options.localeFromCookie) set(key, saved[key])
    // Immediate: the stored value is rewritten clean on the first load, whatever was there.
    // The cookie records a language the reader chose (here or before this version), not the default.
    if (!options.localeFromCookie && locale.value !== DEFAULT_PREFERENCES.locale) writeLocaleCookie(locale.value)
    watch(locale, writeLocaleCookie)
    watch(current, (preferences) => {
      applyToRoot(preferences)
      // Not persisted when storage is full or blocked; the choice still holds for this visit.
      storedPreferences.write(preferences)
    }, { immediate: true })
    watch(font, (choice) => void loadFont(choice), { immediate: true })
  }

  function set<K extends PreferenceKey>(key: K, value: Preferences[K]): void {
    fields[key].value = value
  }

  return {
    ...fields,
    set,
    restore,
    larger: () => (textScale.value = stepTextScale(textScale.value, 1)),
    smaller: () => (textScale.value = stepTextScale(textScale.value, -1)),
    resetTextScale: () => (textScale.value = DEFAULT_PREFERENCES.textScale),
    setLocale: (next: Locale) => (locale.value = next),
    /** Every reading preference back to its default; the language is the reader's own switch. */
    reset: () => {
      for (const key of PREFERENCE_KEYS) if (key !== 'locale') set(key, DEFAULT_PREFERENCES[key])
    },
  }
})
