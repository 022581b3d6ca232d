import { Workbox } from 'workbox-window'

export interface ServiceWorkerControl {
  /** Lets the waiting version take over, then reloads once it does (only ever on the reader's press). */
  activateUpdate(): void
}

/**
 * Registers dist/sw.js (built from src/sw/sw.ts). Not in development (Vite serves no worker
 * there) nor where the browser has none or blocks it: the site then simply works online only.
 */
export async function registerServiceWorker(onUpdateWaiting: () => void): Promise<ServiceWorkerControl | undefined> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined
  const workbox = new Workbox('/sw.js')
  workbox.addEventListener('waiting', onUpdateWaiting)
  try {
    await workbox.register()
  } catch {
    return undefined
  }
  return {
    activateUpdate() {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
      workbox.messageSkipWaiting()
    },
  }
}
