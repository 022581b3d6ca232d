import type { Router } from 'vue-router'
import { focusElement } from './navigationFocus'

/**
 * Follows a same-page link: the address gets the fragment (so it can be shared), and focus
 * moves to the target itself, so the next Tab and a screen reader's reading continue from
 * there, not from the link (a browser only scrolls).
 */
export async function goToAnchor(router: Router, id: string): Promise<void> {
  await router.push({ hash: `#${id}` })
  const target = document.getElementById(id)
  focusElement(target)
  target?.scrollIntoView({ block: 'start' })
}
