import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  MIN_PERCENT, isWorthKeeping, persistPositions, storedPositions, withPosition, withoutPosition, type ReadingPosition,
} from '../reading/positions'

/**
 * Reading positions on this device. Empty until `load()` runs in the browser (after mount), so the
 * server and the first client render agree; nothing here touches storage during setup.
 */
export const useReadingPositionsStore = defineStore('readingPositions', () => {
  const enabled = ref(true)
  const entries = ref<ReadingPosition[]>([])
  const loaded = ref(false)

  function load(): void {
    if (loaded.value) return
    const state = storedPositions.read()
    enabled.value = state.enabled
    entries.value = state.entries
    loaded.value = true
  }

  function persist(): void {
    const stored = persistPositions({ enabled: enabled.value, entries: entries.value }, storedPositions.write)
    // Storage full: keep what fitted, so memory and storage tell the same story after a reload.
    if (stored) entries.value = stored.entries
  }

  /**
   * Records a position between 2 % and 95 %. Past 95 % the article is finished and leaves the list;
   * under 2 % (a glance at the top) the place kept from before stays.
   */
  function record(position: ReadingPosition): void {
    load()
    if (!enabled.value || position.percent < MIN_PERCENT) return
    const next = isWorthKeeping(position.percent) ? withPosition(entries.value, position) : withoutPosition(entries.value, position.slug)
    if (next.length === entries.value.length && next.every((e, i) => e === entries.value[i])) return
    entries.value = next
    persist()
  }

  function remove(slug: string): void {
    load()
    entries.value = withoutPosition(entries.value, slug)
    persist()
  }

  function clear(): void {
    load()
    entries.value = []
    persist()
  }

  /** Off also forgets what was kept: a history the reader switched off should not linger. */
  function setEnabled(on: boolean): void {
    load()
    enabled.value = on
    if (!on) entries.value = []
    persist()
  }

  const positionOf = (slug: string): ReadingPosition | undefined => entries.value.find((e) => e.slug === slug)

  return { enabled, entries, loaded, load, record, remove, clear, setEnabled, positionOf }
})
