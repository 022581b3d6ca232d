import { inject } from 'vitest'
import type { RealWordPress } from './start'

/** What the global set-up hands the test files: the running site, or why there is none. */
export type RealWordPressInfo = Omit<RealWordPress, 'stop'>

declare module 'vitest' {
  export interface ProvidedContext {
    realWordPress: RealWordPressInfo | { unavailable: string }
  }
}

/** The real WordPress of this run, or the reason it could not run (tests then skip, saying so). */
export function realWordPress(): { site: RealWordPressInfo; skip: undefined } | { site: undefined; skip: string } {
  const provided = inject('realWordPress')
  if (!provided) return { site: undefined, skip: 'run in the vitest project "wordpress" (its global set-up starts the site)' }
  return 'unavailable' in provided ? { site: undefined, skip: provided.unavailable } : { site: provided, skip: undefined }
}
