import { markRaw, shallowRef, type Component } from 'vue'

/**
 * A component fetched on first use. Lighter than `defineAsyncComponent`, which would add ~0.8 KB
 * gzip to the framework chunk every first view loads; render it with `<component :is>` once
 * `component` is set. A failed fetch (offline) can be tried again.
 */
export function lazyComponent(loader: () => Promise<{ default: Component }>) {
  const component = shallowRef<Component | null>(null)
  let loading: Promise<void> | undefined
  function load(): Promise<void> {
    loading ??= loader().then(
      (module) => void (component.value = markRaw(module.default)),
      () => void (loading = undefined),
    )
    return loading
  }
  return { component, load }
}
