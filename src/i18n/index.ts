import { createI18n } from 'petite-vue-i18n'
import type { Locale } from '../stores/preferencesStorage'
import vi from './locales/vi.json'
import { resolveDottedPath } from './resolve'

/**
 * Vue I18n in its translation-only petite build, runtime-only, messages precompiled at build
 * time. Vietnamese (the default) ships in the first bundle; English is fetched the first time a
 * reader asks for it.
 */
export const i18n = createI18n({
  legacy: false,
  messageResolver: resolveDottedPath,
  locale: 'vi',
  fallbackLocale: 'vi',
  // Typed by the Vietnamese catalog; English is added at run time with the same shape.
  messages: { vi } as Record<string, typeof vi>,
})

const loaders: Record<Locale, () => Promise<{ default: unknown }>> = {
  vi: async () => ({ default: vi }),
  en: () => import('./locales/en.json'),
}

const loadedCatalogs = new Set<Locale>(['vi'])

/** Loads the locale's messages if needed, then switches every label to it. */
export async function useLocaleMessages(locale: Locale): Promise<void> {
  if (!loadedCatalogs.has(locale)) {
    const messages = await loaders[locale]()
    i18n.global.mergeLocaleMessage(locale, messages.default as typeof vi)
    loadedCatalogs.add(locale)
  }
  i18n.global.locale.value = locale
}

type Catalog = { default: unknown }

/** Catalogs of words used by one view only: fetched with the view, not in every first load. */
const VIEW_MESSAGES = {
  feedback: () => Promise.all([import('./locales/feedback/vi.json'), import('./locales/feedback/en.json')]),
  search: () => Promise.all([import('./locales/search/vi.json'), import('./locales/search/en.json')]),
  shortcuts: () => Promise.all([import('./locales/shortcuts/vi.json'), import('./locales/shortcuts/en.json')]),
} satisfies Record<string, () => Promise<[Catalog, Catalog]>>

export type ViewMessages = keyof typeof VIEW_MESSAGES
const loadedViews = new Map<ViewMessages, Promise<void>>()

/** Merges a view's words, in both languages, into the global catalogs (once). */
export function loadViewMessages(area: ViewMessages): Promise<void> {
  let loading = loadedViews.get(area)
  if (!loading) {
    loading = VIEW_MESSAGES[area]().then(([viMessages, enMessages]) => {
      i18n.global.mergeLocaleMessage('vi', viMessages.default as unknown as typeof vi)
      i18n.global.mergeLocaleMessage('en', enMessages.default as unknown as typeof vi)
    })
    loading.catch(() => loadedViews.delete(area)) // offline: try again next time
    loadedViews.set(area, loading)
  }
  return loading
}
