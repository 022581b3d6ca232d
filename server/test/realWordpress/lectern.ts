import { startServer } from '../startServer'

/**
 * The real start command (`server/main.ts`, the built app in `dist/`) in WordPress mode, on a free
 * loopback port, for the end-to-end journey and the bench. Stops with `stop()` or with this process.
 */
export async function startLecternOn(apiUrl: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  return startLectern({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: apiUrl, ...env })
}

/** The same with any configuration (the site source's spec starts it with CONTENT_SOURCE=site). */
export async function startLectern(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url, stop } = await startServer({ env: { DATABASE_FILE: ':memory:', ...env } })
  return { url, stop }
}
