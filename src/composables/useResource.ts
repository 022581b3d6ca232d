import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { ApiError } from '../api/errors'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export interface Resource<T> {
  state: Ref<LoadState>
  data: ShallowRef<T | undefined>
  error: ShallowRef<ApiError | undefined>
  reload: () => void
}

/** Content older than this is refreshed when the reader comes back to the tab. */
export const STALE_AFTER_MS = 5 * 60_000

/**
 * Turns a request into one load state. Re-runs when `key` changes, aborting the request it
 * replaces (and on unmount). A reload of the same key keeps the last good data on screen, and
 * so does a reload that fails: `error` and `data` are then both set, and the view shows the data
 * with a notice. The data is refreshed when the connection comes back and when the reader
 * returns to a tab whose content has grown old.
 */
export function useResource<T, K>(key: () => K, load: (key: K, signal: AbortSignal) => Promise<T>): Resource<T> {
  const state = ref<LoadState>('idle')
  const data = shallowRef<T>()
  const error = shallowRef<ApiError>()
  let controller: AbortController | undefined
  let loadedAt = 0

  async function run(current: K, keepData: boolean): Promise<void> {
    controller?.abort()
    const mine = (controller = new AbortController())
    state.value = 'loading'
    error.value = undefined
    if (!keepData) data.value = undefined
    try {
      const result = await load(current, mine.signal)
      if (mine.signal.aborted) return
      data.value = result
      loadedAt = Date.now()
      state.value = 'ready'
    } catch (caught) {
      if (mine.signal.aborted) return
      error.value = caught instanceof ApiError ? caught : new ApiError('BadPayload', String(caught))
      state.value = 'error'
    }
  }

  watch(key, (current) => void run(current, false), { immediate: true })
  const refresh = (): void => {
    if (data.value !== undefined && state.value !== 'loading') void run(key(), true)
  }
  const onVisible = (): void => {
    if (document.visibilityState === 'visible' && Date.now() - loadedAt > STALE_AFTER_MS) refresh()
  }
  window.addEventListener('online', refresh)
  document.addEventListener('visibilitychange', onVisible)
  onScopeDispose(() => {
    controller?.abort()
    window.removeEventListener('online', refresh)
    document.removeEventListener('visibilitychange', onVisible)
  })

  return { state, data, error, reload: () => void run(key(), true) }
}
