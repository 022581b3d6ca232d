import type { Db } from '../db/schema'
import { PostgresFeedbackStore } from './postgresStore'
import { SqliteFeedbackStore } from './sqliteStore'
import type { FeedbackStore } from './store'

/** PostgreSQL when FEEDBACK_DATABASE_URL names one (several instances share it), else the SQLite file. */
export async function openFeedbackStore(options: { databaseUrl: string | null; db: Db; notify: boolean }): Promise<FeedbackStore> {
  return options.databaseUrl
    ? PostgresFeedbackStore.open(options.databaseUrl, { notify: options.notify })
    : new SqliteFeedbackStore(options.db, { notify: options.notify })
}
