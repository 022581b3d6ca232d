import type { PathValue } from 'petite-vue-i18n'

/** petite-vue-i18n reads flat keys only; our catalogs are nested ("nav.home"). */
export function resolveDottedPath(messages: unknown, path: string): PathValue {
  let node = messages
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return null
    node = (node as Record<string, unknown>)[key]
  }
  return node as PathValue
}
