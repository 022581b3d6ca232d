import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { DEFAULT_READING_TOOLS, storedReadingTools, type ReadingTools } from '../reading/readingTools'

/** Listening speed and voice, and line focus: defaults until `load()` runs after mount. */
export const useReadingToolsStore = defineStore('readingTools', () => {
  const speed = ref<ReadingTools['speed']>(DEFAULT_READING_TOOLS.speed)
  const voices = ref<ReadingTools['voices']>({})
  const lineFocus = ref<ReadingTools['lineFocus']>(DEFAULT_READING_TOOLS.lineFocus)
  const loaded = ref(false)

  function load(): void {
    if (loaded.value) return
    const stored = storedReadingTools.read()
    speed.value = stored.speed
    voices.value = stored.voices
    lineFocus.value = stored.lineFocus
    loaded.value = true
    watch([speed, voices, lineFocus], () => {
      // Not persisted when storage is full or blocked; the choice still holds for this visit.
      storedReadingTools.write({ speed: speed.value, voices: voices.value, lineFocus: lineFocus.value })
    }, { deep: true })
  }

  /** `language`: a primary subtag (vi, en, fr…). */
  const setVoice = (language: string, voiceURI: string | undefined): void => {
    const next = { ...voices.value }
    if (voiceURI) next[language] = voiceURI
    else delete next[language]
    voices.value = next
  }

  return { speed, voices, lineFocus, loaded, load, setVoice }
})
