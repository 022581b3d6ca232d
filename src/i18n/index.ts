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

/**
 * A view whose words travel with it (in its lazy chunk) rather than in every first load: both
 * languages' messages are merged into the global catalogs when the view is first loaded.
 */
export function withViewMessages<T>(view: () => Promise<T>, messages: () => Promise<[Catalog, Catalog]>): () => Promise<T> {
  return async () => {
    const [component, [viMessages, enMessages]] = await Promise.all([view(), messages()])
    i18n.global.mergeLocaleMessage('vi', viMessages.default as typeof vi)
    i18n.global.mergeLocaleMessage('en', enMessages.default as typeof vi)
    return component
  }
}
