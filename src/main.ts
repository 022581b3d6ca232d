import { watch } from 'vue'
import { createWebHistory } from 'vue-router'
import { httpContentClient } from './api/client'
import { parseRuntimeConfig } from './config'
import { createLecternApp } from './createApp'
import { readHydrationState } from './ssr/hydration'
import { ResourceCache } from './ssr/resources'
import './styles/main.css'

// The browser side: hydrate the page the server rendered, then navigate client-side.
async function start(): Promise<void> {
  const state = readHydrationState(document)
  const { app, router, preferences, messages } = await createLecternApp({
    context: {
      runtime: parseRuntimeConfig(state.runtime),
      content: httpContentClient,
      resources: new ResourceCache(state.resources),
      origin: location.origin,
      draftId: state.draftId,
      feedbackPost: state.feedbackPost,
    },
    history: () => createWebHistory(),
    locale: state.locale,
  })
  // The preference store owns the language; the words follow it (English loads on first use).
  watch(() => preferences.locale, (locale) => void messages.setLocale(locale).catch(() => undefined))
  await router.isReady()
  app.mount('#app')
  document.documentElement.setAttribute('data-hydrated', '')
  // After hydration, so both sides rendered the same markup; saved values are already on <html>.
  preferences.restore({ localeFromCookie: state.localeFromCookie })
}

void start()
