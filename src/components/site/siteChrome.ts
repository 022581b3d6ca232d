import { inject, nextTick, provide, ref, type InjectionKey, type Ref } from 'vue'

/**
 * The two header disclosures (search and menu) on narrow screens and at large text sizes. App
 * provides them once, so the skip link, the "/" shortcut and the search page can open the right
 * one before moving focus into it. On wide screens the CSS shows both regions whatever these say.
 */
export interface SiteChrome {
  searchOpen: Ref<boolean>
  menuOpen: Ref<boolean>
  /** Opens the region that holds the element with this id (if any) and focuses the element. */
  reveal: (id: string) => Promise<HTMLElement | null>
  closeAll: () => void
}

const KEY: InjectionKey<SiteChrome> = Symbol('siteChrome')

export function provideSiteChrome(): SiteChrome {
  const searchOpen = ref(false)
  const menuOpen = ref(false)
  const chrome: SiteChrome = {
    searchOpen,
    menuOpen,
    async reveal(id) {
      const region = document.getElementById(id)?.closest<HTMLElement>('[data-site-region]')
      // One open at a time: the Tab order then runs from its button straight into it.
      searchOpen.value = region?.id === 'site-search-panel'
      menuOpen.value = region?.id === 'site-menu'
      await nextTick()
      return document.getElementById(id)
    },
    closeAll() {
      searchOpen.value = false
      menuOpen.value = false
    },
  }
  provide(KEY, chrome)
  return chrome
}

export function useSiteChrome(): SiteChrome {
  const chrome = inject(KEY, null)
  if (!chrome) throw new Error(import.meta.env.DEV ? 'useSiteChrome() needs provideSiteChrome() in App.vue, above SiteHeader and SkipLinks.' : 'useSiteChrome')
  return chrome
}
