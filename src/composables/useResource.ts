import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { ApiError } from '../api/errors'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export interface Resource<T> {
  state: Ref<LoadState>
  data: ShallowRef<T | undefined>
  error: ShallowRef<ApiError | undefined>
  reload: () => void
}

/**
 * Turns a request into one load state. Re-runs when `key` changes, aborting the request it
 * replaces (and on unmount). A reload of the same key keeps the last good data on screen.
 */
export function useResource<T, K>(key: () => K, load: (key: K, signal: AbortSignal) => Promise<T>): Resource<T> {
  const state = ref<LoadState>('idle')
  const data = shallowRef<T>()
  const error = shallowRef<ApiError>()
  let controller: AbortController | undefined

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
      state.value = 'ready'
    } catch (caught) {
      if (mine.signal.aborted) return
      error.value = caught instanceof ApiError ? caught : new ApiError('BadPayload', String(caught))
      state.value = 'error'
    }
  }

  watch(key, (current) => void run(current, false), { immediate: true })
  onScopeDispose(() => controller?.abort())

  return { state, data, error, reload: () => void run(key(), true) }
}
