import type { Article } from '../../../core/types'
import type { PlayerState } from '../../reading/speechPlayer'

type Actions = Record<'play' | 'pause' | 'stop' | 'next' | 'previous', () => void>
const HANDLED: [MediaSessionAction, keyof Actions][] = [
  ['play', 'play'], ['pause', 'pause'], ['stop', 'stop'], ['nexttrack', 'next'], ['previoustrack', 'previous'],
]

/** Headset and lock-screen buttons (where the platform routes them to speech): title, author, actions. */
export function useMediaSession(article: () => Article, actions: Actions) {
  const session = (): MediaSession | undefined => (typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : undefined)
  let installed = false
  const setHandler = (ms: MediaSession, action: MediaSessionAction, handler: (() => void) | null): void => {
    try {
      ms.setActionHandler(action, handler)
    } catch {
      // an action this browser does not know
    }
  }
  return {
    update(state: PlayerState): void {
      const ms = session()
      if (!ms) return
      if (!installed && state === 'playing') {
        const { title, author, category } = article()
        if (typeof MediaMetadata !== 'undefined') ms.metadata = new MediaMetadata({ title, artist: author, album: category.name[article().language] })
        for (const [action, key] of HANDLED) setHandler(ms, action, () => actions[key]())
        installed = true
      }
      ms.playbackState = state === 'playing' ? 'playing' : state === 'paused' ? 'paused' : 'none'
    },
    clear(): void {
      const ms = session()
      if (!ms || !installed) return
      for (const [action] of HANDLED) setHandler(ms, action, null)
      ms.metadata = null
      ms.playbackState = 'none'
      installed = false
    },
  }
}
