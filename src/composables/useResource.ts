import { onMounted, onScopeDispose, onServerPrefetch, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { ApiError } from '../api/errors'
import { useAppContext } from '../ssr/context'
import { resourceKey, restoreError, snapshotError } from '../ssr/resources'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export interface Resource<T> {
  state: Ref<LoadState>
  data: ShallowRef<T | undefined>
  error: ShallowRef<ApiError | undefined>
  reload: () => void
  /** Server: resolves once this resource has loaded (or failed), so another may depend on it. */
  settled: Promise<void>
}

export interface ResourceOptions {
  /** Does this resource decide the page's HTTP status when it fails? (default true; "related articles" do not) */
  primary?: boolean
  /** Server: load only after this one, whose data the key depends on (related articles need the article). */
  after?: Resource<unknown>
}

/** Content older than this is refreshed when the reader comes back to the tab. */
export const STALE_AFTER_MS = 5 * 60_000

const asApiError = (caught: unknown): ApiError => (caught instanceof ApiError ? caught : new ApiError('BadPayload', String(caught)))

/**
 * Turns a request into one load state, on both sides.
 * - Server: loads before the view renders (`onServerPrefetch`) and records the result (data or
 *   typed error) for hydration and for the page's HTTP status.
 * - Browser: the first render takes what the server recorded, so hydration shows the same
 *   thing without a request. After that it re-runs when `key` changes, aborting the request it
 *   replaces (and on unmount). A reload of the same key keeps the last good data on screen, and
 *   so does a reload that fails: `error` and `data` are then both set, and the view shows the
 *   data with a notice. Data is refreshed when the connection comes back and when the reader
 *   returns to a tab whose content has grown old.
 * `id` names the view's resource (unique per view), so the payload can be matched to it.
 */
export function useResource<T, K>(
  id: string,
  key: () => K,
  load: (key: K, signal: AbortSignal) => Promise<T>,
  options: ResourceOptions = {},
): Resource<T> {
  const { resources } = useAppContext()
  const state = ref<LoadState>('idle')
  const data = shallowRef<T>()
  const error = shallowRef<ApiError>()
  let controller: AbortController | undefined
  let loadedAt = 0

  if (import.meta.env.SSR) {
    state.value = 'loading'
    let settle: () => void = () => undefined
    const settled = new Promise<void>((resolve) => (settle = resolve))
    onServerPrefetch(async () => {
      await options.after?.settled
      const current = key()
      try {
        data.value = await load(current, new AbortController().signal)
        state.value = 'ready'
        resources.record(resourceKey(id, current), { state: 'ready', data: data.value }, options.primary ?? true)
      } catch (caught) {
        error.value = asApiError(caught)
        state.value = 'error'
        resources.record(resourceKey(id, current), snapshotError(error.value), options.primary ?? true)
      } finally {
        settle()
      }
    })
    return { state, data, error, reload: () => undefined, settled }
  }

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
      error.value = asApiError(caught)
      state.value = 'error'
    }
  }

  const hydrated = resources.take(resourceKey(id, key()))
  if (hydrated?.state === 'ready') {
    data.value = hydrated.data as T
    state.value = 'ready'
    loadedAt = Date.now()
  } else if (hydrated?.state === 'error') {
    error.value = restoreError(hydrated)
    state.value = 'error'
  }
  watch(key, (current) => void run(current, false), { immediate: !hydrated })

  const refresh = (): void => {
    if (data.value !== undefined && state.value !== 'loading') void run(key(), true)
  }
  const onVisible = (): void => {
    if (document.visibilityState === 'visible' && Date.now() - loadedAt > STALE_AFTER_MS) refresh()
  }
  onMounted(() => {
    window.addEventListener('online', refresh)
    document.addEventListener('visibilitychange', onVisible)
  })
  onScopeDispose(() => {
    controller?.abort()
    window.removeEventListener('online', refresh)
    document.removeEventListener('visibilitychange', onVisible)
  })

  return { state, data, error, reload: () => void run(key(), true), settled: Promise.resolve() }
}
