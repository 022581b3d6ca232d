/** The single-key shortcuts and when they must stay silent. Pure, so the rules are unit-tested. */
export type ShortcutAction = 'help' | 'search' | 'larger' | 'smaller' | 'reset' | 'next' | 'previous' | 'toc' | 'lineUp' | 'lineDown'

const KEYS: Record<string, ShortcutAction> = {
  '?': 'help',
  '/': 'search',
  '+': 'larger',
  '=': 'larger', // the unshifted + key on most layouts
  '-': 'smaller',
  '−': 'smaller',
  '0': 'reset',
  j: 'next',
  k: 'previous',
  t: 'toc',
  '[': 'lineUp', // line focus, a line at a time
  ']': 'lineDown',
}

/** The keys as shown in the help dialog, one row per action. */
export const SHORTCUT_LIST: { keys: string[]; action: ShortcutAction }[] = [
  { keys: ['?'], action: 'help' },
  { keys: ['/'], action: 'search' },
  { keys: ['+'], action: 'larger' },
  { keys: ['−'], action: 'smaller' },
  { keys: ['0'], action: 'reset' },
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['t'], action: 'toc' },
  { keys: ['['], action: 'lineUp' },
  { keys: [']'], action: 'lineDown' },
]

export interface KeyLike {
  key: string
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  defaultPrevented: boolean
  isComposing?: boolean
}

/** Which shortcut a key press means, or none: never with Ctrl/Alt/Meta, never while composing text. */
export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return undefined
  return KEYS[event.key]
}

/** Typing in a field (or an editable region) is typing, not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
}
