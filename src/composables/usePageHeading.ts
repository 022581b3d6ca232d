import { nextTick, watch } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { runtimeConfig } from '../config'
import { settleNavigation } from '../router/navigationFocus'
import { useAnnouncerStore } from '../stores/announcer'
import type { Locale } from '../stores/preferencesStorage'

/**
 * Owns what a reader learns when a page is ready: `document.title` becomes "<title> — <site>",
 * the polite live region says the same, and after a client-side navigation focus moves to the
 * page's h1. `title` is undefined while the page is still loading.
 */
export function usePageHeading(
  title: () => string | undefined,
  heading: () => HTMLElement | null | undefined,
  options: { silent?: () => boolean } = {},
): void {
  const announcer = useAnnouncerStore()
  const { locale } = useI18n()
  watch([title, locale], async ([current]) => {
    if (!current) return
    const full = `${current} — ${runtimeConfig.siteName[locale.value as Locale]}`
    document.title = full
    await nextTick()
    settleNavigation(heading())
    // An error state speaks for itself through its role="alert"; saying the title too would be noise.
    if (!options.silent?.()) void announcer.announce(full)
  }, { immediate: true })
}
