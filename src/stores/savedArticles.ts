import { defineStore } from 'pinia'
import { ref } from 'vue'
import { apiPath, pathTo } from '../../core/paths'
import type { Article } from '../../core/types'
import { dropAllCopies, dropCopies, keepCopies } from '../offline/savedCache'
import { copiesOnlyFor, storedSavedList, withSaved, type SavedArticle } from '../offline/savedList'

/**
 * Articles saved for reading offline, on this device only. Empty until `load()` runs after mount
 * (the server knows nothing of them); the copies themselves are in the Cache API.
 */
export const useSavedArticlesStore = defineStore('savedArticles', () => {
  const items = ref<SavedArticle[]>([])
  const loaded = ref(false)
  /** Whether the browser agreed to keep saved articles when space runs short (asked on first save). */
  const persistence = ref<'unknown' | 'granted' | 'refused'>('unknown')

  function load(): void {
    if (loaded.value) return
    items.value = storedSavedList.read()
    loaded.value = true
    // Another tab saved or removed one.
    window.addEventListener('storage', (event) => {
      if (event.key === storedSavedList.key) items.value = storedSavedList.decode(event.newValue)
    })
  }

  const persist = (): void => void storedSavedList.write(items.value)

  const isSaved = (slug: string): boolean => items.value.some((a) => a.slug === slug)

  /** Saves the article's page, data and the given images. Throws a SaveError the view can word. */
  async function save(article: Article, imageUrls: string[]): Promise<void> {
    load()
    const urls = [pathTo.article(article.slug), apiPath.article(article.slug), ...new Set(imageUrls)]
    const bytes = await keepCopies(urls)
    const first = items.value.length === 0
    items.value = withSaved(items.value, {
      slug: article.slug, title: article.title, language: article.language, category: article.category,
      ...(article.textLanguage ? { textLanguage: article.textLanguage } : {}),
      savedAt: new Date().toISOString(), bytes, urls,
    })
    persist()
    if (first && persistence.value === 'unknown') await askToPersist()
  }

  async function askToPersist(): Promise<void> {
    const storage = navigator.storage as StorageManager | undefined
    if (!storage?.persist) return
    persistence.value = (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'refused'
  }

  async function remove(slug: string): Promise<void> {
    load()
    const entry = items.value.find((a) => a.slug === slug)
    if (!entry) return
    // A picture two saved articles share stays for the other one.
    await dropCopies(copiesOnlyFor(items.value, slug))
    items.value = items.value.filter((a) => a.slug !== slug)
    persist()
  }

  async function removeAll(): Promise<void> {
    await dropAllCopies()
    items.value = []
    persist()
  }

  return { items, loaded, persistence, load, isSaved, save, remove, removeAll }
})
