import { onMounted, onUnmounted } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { moveLineFocus } from '../reading/lineFocus'
import { focusElement } from '../router/navigationFocus'
import { useAnnouncerStore } from '../stores/announcer'
import { usePreferencesStore } from '../stores/preferences'
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts'
import { useTextSize } from './useTextSize'

const ARTICLE_LINKS = 'main article :is(h2, h3) a[href]'

/** Moves focus to the next or previous article in the list on screen (j / k). */
function stepThroughArticles(direction: 1 | -1): boolean {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(ARTICLE_LINKS)]
  if (!links.length) return false
  const current = links.findIndex((link) => link.closest('article')?.contains(document.activeElement))
  const next = current === -1 ? (direction === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, current + direction))
  links[next]!.focus()
  return true
}

/**
 * The global single-key shortcuts (one keydown listener for the app). Off when the reader
 * switched them off, inside form fields, with Ctrl/Alt/Meta, and while a dialog is open.
 */
export function useKeyboardShortcuts({ openHelp, revealSearch }: {
  openHelp: () => void
  /** Opens the header's search region where it is folded away, and returns its field. */
  revealSearch: () => Promise<HTMLElement | null>
}): void {
  const preferences = usePreferencesStore()
  const announcer = useAnnouncerStore()
  const textSize = useTextSize()
  const { t } = useI18n()

  const run: Record<ShortcutAction, () => void> = {
    help: openHelp,
    search: () => void revealSearch().then((field) => {
      if (field) focusElement(field)
      else void announcer.announce(t('shortcuts.noSearch'))
    }),
    larger: () => (textSize.atMax.value ? undefined : textSize.larger()),
    smaller: () => (textSize.atMin.value ? undefined : textSize.smaller()),
    reset: textSize.reset,
    next: () => stepThroughArticles(1) || void announcer.announce(t('shortcuts.noList')),
    previous: () => stepThroughArticles(-1) || void announcer.announce(t('shortcuts.noList')),
    toc: () => {
      const first = document.querySelector('#toc a[href]')
      if (first) focusElement(first)
      else void announcer.announce(t('shortcuts.noToc'))
    },
    lineUp: () => moveLineFocus(-1) || void announcer.announce(t('shortcuts.noLineFocus')),
    lineDown: () => moveLineFocus(1) || void announcer.announce(t('shortcuts.noLineFocus')),
  }

  function onKeydown(event: KeyboardEvent): void {
    if (!preferences.keyboardShortcuts || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return
    const action = shortcutFor(event)
    if (!action) return
    event.preventDefault() // "/" would otherwise open the browser's quick find
    run[action]()
  }

  onMounted(() => document.addEventListener('keydown', onKeydown))
  onUnmounted(() => document.removeEventListener('keydown', onKeydown))
}
