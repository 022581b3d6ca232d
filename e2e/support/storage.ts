import type { Page } from '@playwright/test'
import { STORAGE_KEYS } from '../../src/storage/persisted'
import { PREFERENCES_VERSION, type Preferences } from '../../src/stores/preferencesModel'

type StorageName = keyof typeof STORAGE_KEYS

/**
 * What a returning reader's device holds, in the app's own keys and formats: preferences as the
 * app writes them (`{ version, ...choices }`), anything else as given.
 */
export const preferencesBlob = (preferences: Partial<Preferences>): string => JSON.stringify({ version: PREFERENCES_VERSION, ...preferences })

/** Stores reader preferences for this origin (the page must be on it); the next load applies them. */
export async function setPreferences(page: Page, preferences: Partial<Preferences>): Promise<void> {
  await setStored(page, 'preferences', preferencesBlob(preferences))
}

/** Stores raw text under one of the app's keys (the page must be on the app's origin). */
export async function setStored(page: Page, name: StorageName, text: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS[name], text] as const)
}

/** Stores raw text under one of the app's keys before any script of every page this test opens. */
export async function setStoredBeforeLoad(page: Page, name: StorageName, text: string): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS[name], text] as const)
}

/** What the app stored under one of its keys, parsed (null when nothing is), in the shape the test expects. */
export const readStored = <T>(page: Page, name: StorageName): Promise<T | null> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as T | null, STORAGE_KEYS[name])
