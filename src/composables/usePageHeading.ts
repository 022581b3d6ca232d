import { nextTick, watch } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { settleNavigation } from '../router/navigationFocus'
import { useAppContext } from '../ssr/context'
import type { PageMeta } from '../ssr/head'
import { useAnnouncerStore } from '../stores/announcer'
import type { Locale } from '../../core/locale'

/**
 * Owns what a reader learns when a page is ready: the title becomes "<title> — <site>" (in the
 * server's `<title>`, then `document.title`), the polite live region says the same, and after a
 * client-side navigation focus moves to the page's h1. `title` is undefined while loading.
 */
export function usePageHeading(
  title: () => string | undefined,
  heading: () => HTMLElement | null | undefined,
  options: { silent?: () => boolean } = {},
): void {
  const { runtime, head } = useAppContext()
  const { locale } = useI18n()
  const full = (current: string) => `${current} — ${runtime.siteName[locale.value as Locale]}`
  if (import.meta.env.SSR) {
    head?.addTitle(() => {
      const current = title()
      return current ? full(current) : undefined
    })
    return
  }
  const announcer = useAnnouncerStore()
  watch([title, locale], async ([current]) => {
    if (!current) return
    document.title = full(current)
    await nextTick()
    settleNavigation(heading())
    // An error state speaks for itself through its role="alert"; saying the title too would be noise.
    if (!options.silent?.()) void announcer.announce(full(current))
  }, { immediate: true })
}

/** What the page tells search engines and link previews (server-rendered `<head>`; nothing to do in the browser). */
export function usePageMeta(meta: () => PageMeta | undefined): void {
  if (import.meta.env.SSR) useAppContext().head?.addMeta(meta)
}
