import { createI18n } from 'petite-vue-i18n'
import { inject, type App, type InjectionKey } from 'vue'
import type { Locale } from '../../core/locale'
import vi from './locales/vi.json'
import { resolveDottedPath } from './resolve'

type Catalog = { default: unknown }

const LOCALES: Record<Locale, () => Promise<Catalog>> = {
  vi: async () => ({ default: vi }),
  en: () => import('./locales/en.json'),
}

/** Catalogs of words used by one view only: fetched with the view (route `meta.messages`), not in every first load. */
const VIEW_MESSAGES = {
  feedback: () => Promise.all([import('./locales/feedback/vi.json'), import('./locales/feedback/en.json')]),
  search: () => Promise.all([import('./locales/search/vi.json'), import('./locales/search/en.json')]),
  settings: () => Promise.all([import('./locales/settings/vi.json'), import('./locales/settings/en.json')]),
  shortcuts: () => Promise.all([import('./locales/shortcuts/vi.json'), import('./locales/shortcuts/en.json')]),
} satisfies Record<string, () => Promise<[Catalog, Catalog]>>

export type ViewMessages = keyof typeof VIEW_MESSAGES
type Messages = typeof vi

/**
 * The one way words load, per app instance (one per request on the server, one in the browser):
 * Vue I18n in its translation-only petite build, runtime-only, messages precompiled at build time.
 * Vietnamese (the default) ships in the first bundle; English and each view's own words are
 * fetched the first time they are needed.
 */
const makeI18n = () => createI18n({
  legacy: false,
  messageResolver: resolveDottedPath,
  locale: 'vi',
  fallbackLocale: 'vi',
  // Typed by the Vietnamese catalog; English is added at run time with the same shape.
  messages: { vi } as Record<string, Messages>,
})

export interface LecternMessages {
  i18n: ReturnType<typeof makeI18n>
  /** Loads the locale's words if needed, then switches every label to it. */
  setLocale(locale: Locale): Promise<void>
  /** Merges a view's words, in both languages (once). */
  loadView(area: ViewMessages): Promise<void>
}

export function createLecternMessages(): LecternMessages {
  const i18n = makeI18n()
  const locales = new Map<Locale, Promise<void>>([['vi', Promise.resolve()]])
  const views = new Map<ViewMessages, Promise<void>>()
  const once = <K>(cache: Map<K, Promise<void>>, key: K, load: () => Promise<void>): Promise<void> => {
    let loading = cache.get(key)
    if (!loading) {
      loading = load()
      loading.catch(() => cache.delete(key)) // offline: try again next time
      cache.set(key, loading)
    }
    return loading
  }
  return {
    i18n,
    async setLocale(locale) {
      await once(locales, locale, async () => i18n.global.mergeLocaleMessage(locale, (await LOCALES[locale]()).default as Messages))
      i18n.global.locale.value = locale
    },
    loadView: (area) => once(views, area, async () => {
      const [viMessages, enMessages] = await VIEW_MESSAGES[area]()
      i18n.global.mergeLocaleMessage('vi', viMessages.default as unknown as Messages)
      i18n.global.mergeLocaleMessage('en', enMessages.default as unknown as Messages)
    }),
  }
}

const KEY: InjectionKey<LecternMessages> = Symbol('lectern-messages')

export function installMessages(app: App, messages: LecternMessages): void {
  app.use(messages.i18n)
  app.provide(KEY, messages)
}

export function useMessages(): LecternMessages {
  const messages = inject(KEY)
  if (!messages) throw new Error(import.meta.env.DEV ? 'useMessages() needs the app made by createLecternApp() (src/createApp.ts).' : 'useMessages')
  return messages
}
