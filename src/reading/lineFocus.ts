/**
 * The keyboard shortcuts ([ and ]) ask line focus to move with this DOM event; the mask, when it
 * is on, cancels it to say it took the key (so the shortcut can say "line focus is off" otherwise).
 */
export const LINE_FOCUS_EVENT = 'lectern:line-focus-move'

/** Returns true when line focus was on and moved. */
export function moveLineFocus(direction: 1 | -1): boolean {
  const event = new CustomEvent(LINE_FOCUS_EVENT, { detail: direction, cancelable: true })
  return !document.dispatchEvent(event)
}
