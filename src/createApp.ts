import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import type { RouterHistory } from 'vue-router'
import App from './App.vue'
import { createLecternMessages, installMessages } from './i18n'
import { createLecternRouter } from './router'
import { provideAppContext, type AppContext } from './ssr/context'
import { usePreferencesStore } from './stores/preferences'
import type { Locale } from '../core/locale'

export interface CreateOptions {
  context: AppContext
  /** Makes the router's history (the browser's, or the request's on the server). */
  history: () => RouterHistory
  /** The interface language this page is rendered in (the server's choice, the hydration's too). */
  locale: Locale
}

/**
 * One Lectern app: a fresh one per request on the server, one per visit in the browser, made the
 * same way on both sides so that the browser hydrates exactly what the server rendered.
 */
export async function createLecternApp({ context, history, locale }: CreateOptions) {
  const app = createSSRApp(App)
  const pinia = createPinia()
  app.use(pinia)
  const preferences = usePreferencesStore(pinia)
  preferences.setLocale(locale)
  const messages = createLecternMessages()
  // If the words cannot load (offline), the app still renders, in Vietnamese, rather than not at all.
  await messages.setLocale(locale).catch(() => undefined)
  installMessages(app, messages)
  provideAppContext(app, context)
  const router = createLecternRouter(history, messages)
  app.use(router)
  return { app, router, pinia, messages, preferences }
}
