import { watch } from 'vue'
import { createWebHistory } from 'vue-router'
import { httpContentClient } from './api/client'
import { parseRuntimeConfig } from './config'
import { createLecternApp } from './createApp'
import { readHydrationState } from './ssr/hydration'
import { deferredHydrationDone } from './ssr/deferredHydration'
import { ResourceCache } from './ssr/resources'
import './styles/main.css'

// The browser side: hydrate the page the server rendered, then navigate client-side.
// Each step runs in its own task (nextTask), so none of them is long enough to hold up a tap: the
// scripts' evaluation, making the app, resolving the route's view, then hydrating.
async function start(): Promise<void> {
  await nextTask()
  const state = readHydrationState(document)
  const { app, router, preferences, messages } = await createLecternApp({
    context: {
      runtime: parseRuntimeConfig(state.runtime),
      content: httpContentClient,
      resources: new ResourceCache(state.resources),
      origin: location.origin,
      draftId: state.draftId,
      feedbackPost: state.feedbackPost,
      formatted: state.formatted,
    },
    history: () => createWebHistory(),
    locale: state.locale,
  })
  // The preference store owns the language; the words follow it (English loads on first use).
  watch(() => preferences.locale, (locale) => void messages.setLocale(locale).catch(() => undefined))
  await nextTask()
  await router.isReady()
  await nextTask()
  app.mount('#app')
  // Parts of the page hydrate in slices after this (see ssr/deferredHydration.ts); tests (and
  // anyone curious) can tell when every part answers.
  await deferredHydrationDone()
  // After hydration, so both sides rendered the same markup; saved values are already on <html>.
  preferences.restore({ localeFromCookie: state.localeFromCookie })
  document.documentElement.setAttribute('data-hydrated', '')
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

void start()
