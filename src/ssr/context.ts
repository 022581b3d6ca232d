import { inject, type App, type InjectionKey } from 'vue'
import type { ContentClient } from '../api/client'
import type { RuntimeConfig } from '../../core/types'
import type { FeedbackPostState } from '../../core/feedbackRules'
import type { PageHead } from './head'
import type { ResourceCache } from './resources'
import type { FormattedStrings } from '../i18n/serverFormatted'

/**
 * What the app needs from where it runs, provided once per app instance (one per request on the
 * server, one per visit in the browser): the run-time configuration, where content comes from,
 * the data of the server render, and (server only) the head being built for this page.
 */
export interface AppContext {
  runtime: RuntimeConfig
  content: ContentClient
  resources: ResourceCache
  /** Server only: collects the page's title and metadata while it renders. */
  head?: PageHead
  /** Absolute origin of the site (server: from the request), for canonical URLs. */
  origin: string
  /** The feedback form's idempotency key as rendered (the browser keeps it unless a saved draft has its own). */
  draftId: string
  /** Server only: the no-JavaScript feedback form's state after a POST (errors, typed values). */
  feedbackPost?: FeedbackPostState
  /** Numbers and dates as the server formatted them (recorded on the server, reused by hydration). */
  formatted?: FormattedStrings
}

export const APP_CONTEXT: InjectionKey<AppContext> = Symbol('lectern-context')

export function provideAppContext(app: App, context: AppContext): void {
  app.provide(APP_CONTEXT, context)
}

export function useAppContext(): AppContext {
  const context = inject(APP_CONTEXT)
  // The whole sentence only in development: in the build it is bytes every reader downloads, for a
  // mistake no reader can make (the production message still names the function).
  if (!context) throw new Error(import.meta.env.DEV ? 'useAppContext() needs the app made by createLecternApp() (src/createApp.ts).' : 'useAppContext')
  return context
}

export const useRuntimeConfig = (): RuntimeConfig => useAppContext().runtime
export const useContent = (): ContentClient => useAppContext().content
