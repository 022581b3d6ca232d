import { defineStore } from 'pinia'
import { nextTick, ref } from 'vue'

/** The one polite live region's text (rendered by RouteAnnouncer in App.vue). */
export const useAnnouncerStore = defineStore('announcer', () => {
  const message = ref('')
  async function announce(text: string): Promise<void> {
    // Clear first so that the same words said twice are still spoken twice.
    message.value = ''
    await nextTick()
    message.value = text
  }
  return { message, announce }
})
