import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'

/**
 * Hydration in slices. Hydrating a whole page is one long task (about 100 ms on a mid-range phone
 * for an article: the reader's taps wait for it). A part wrapped here keeps its server-rendered
 * HTML, readable and clickable as plain links and forms, and is hydrated in its own task when the
 * browser is idle, or at once when the reader first presses, taps or focuses anything, so no
 * handler ever meets a part that is not yet wired. The code stays in the same chunk: only the
 * hydration is deferred, not the download.
 *
 * Vue skips a deferred hydration for good if the part is re-rendered before it (its props
 * changed), so what only the browser knows (saved preferences) is applied after every deferred
 * part has hydrated: see `deferredHydrationDone` in main.ts.
 */
export function hydrateWhenIdle<T extends Component>(component: T): T {
  const wrapper = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: idleOrInteraction })
  // Resolve it now, not at its first render: a part first rendered by a client-side navigation
  // then appears in the same render as the rest of the view, not one tick later.
  void (wrapper as { __asyncLoader?: () => Promise<unknown> }).__asyncLoader?.()
  return wrapper as T
}

// Counts deferred hydrations not yet done, so that the app can say when it is fully interactive.
let pending = 0
const settled: Array<() => void> = []

/** Resolves once every part deferred by `hydrateWhenIdle` has hydrated. */
export function deferredHydrationDone(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => settled.push(resolve))
}

const INTERACTIONS = ['pointerdown', 'focusin', 'keydown'] as const
const IDLE_TIMEOUT_MS = 1500

const idleOrInteraction: HydrationStrategy = (hydrate) => {
  pending++
  let done = false
  const finish = (): void => {
    done = true
    teardown()
    if (--pending === 0) settled.splice(0).forEach((resolve) => resolve())
  }
  const run = (): void => {
    if (done) return
    finish()
    hydrate()
  }
  const idle = typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    : setTimeout(run, 1)
  // On the document, in the capture phase: whatever the reader touches first, every deferred part
  // is wired before the event reaches its target.
  INTERACTIONS.forEach((name) => document.addEventListener(name, run, { capture: true }))
  function teardown(): void {
    if (typeof requestIdleCallback === 'function') cancelIdleCallback(idle as number)
    else clearTimeout(idle)
    INTERACTIONS.forEach((name) => document.removeEventListener(name, run, { capture: true }))
  }
  // Unmounted before it hydrated (the reader navigated away at once): nothing is left pending.
  return () => void (done || finish())
}
