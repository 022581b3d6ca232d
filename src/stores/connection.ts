import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * Whether the browser says it is online. Starts online on both sides (the server cannot know);
 * OfflineNotices sets the truth after mount and follows the browser's online/offline events.
 */
export const useConnectionStore = defineStore('connection', () => {
  const online = ref(true)
  return { online }
})
