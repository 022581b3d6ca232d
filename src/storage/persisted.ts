/**
 * Everything Lectern keeps in this browser's localStorage, in one place: the keys, and one guarded
 * accessor per key. Touched only from the browser after mount (never during server rendering).
 * Blocked storage (private mode, policy) reads as empty and writes as a no-op: the features still
 * work for this visit.
 */

/**
 * Every storage key. Changing one loses what readers kept under it: `storageFormats.test.ts` pins
 * them. index.html's inline script reads `preferences` too (`inlineScript.test.ts` runs it).
 */
export const STORAGE_KEYS = {
  preferences: 'lectern.preferences',
  feedbackDraft: 'lectern.feedbackDraft',
  readingTools: 'lectern.readingTools',
  readingPositions: 'lectern.readingPositions',
  savedArticles: 'lectern.saved',
} as const

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]

/** How a value is kept as text. `decode` never throws: corrupt or old text reads as a valid value. */
export interface Codec<T> {
  decode: (raw: string | null) => T
  /** The text to keep; null removes the key (nothing worth keeping). */
  encode: (value: T) => string | null
}

export interface Persisted<T> {
  readonly key: StorageKey
  /** What is kept, decoded (the codec's empty value when nothing is, or storage is blocked). */
  read: () => T
  /** Keeps the value, and says whether it stuck (false when storage is full or blocked). */
  write: (value: T) => boolean
  remove: () => void
  /** Decodes text from elsewhere (a `storage` event from another tab). */
  decode: (raw: string | null) => T
}

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function removeRaw(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // blocked: nothing was stored either
  }
}

function writeRaw(key: string, text: string | null): boolean {
  if (text === null) {
    removeRaw(key)
    return true
  }
  try {
    localStorage.setItem(key, text)
    return true
  } catch {
    return false
  }
}

/** One stored value: its key and how it is written, together. */
export function persisted<T>(key: StorageKey, codec: Codec<T>): Persisted<T> {
  return {
    key,
    read: () => codec.decode(readRaw(key)),
    write: (value) => writeRaw(key, codec.encode(value)),
    remove: () => removeRaw(key),
    decode: codec.decode,
  }
}

/** Stored JSON, or undefined when there is none or it does not parse. */
export function parseJson(raw: string | null): unknown {
  try {
    return raw === null ? undefined : JSON.parse(raw)
  } catch {
    return undefined
  }
}

/** An object's fields to validate one by one; anything else (arrays, null, numbers) reads as {}. */
export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/** Stored JSON as a record of fields to validate: the common start of every codec. */
export const storedRecord = (raw: string | null): Record<string, unknown> => asRecord(parseJson(raw))
