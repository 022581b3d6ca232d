import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openDatabase } from '../db/schema'
import { PostgresFeedbackStore } from '../feedback/postgresStore'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import type { FeedbackStore } from '../feedback/store'

export interface StoreKind {
  name: 'sqlite' | 'postgres'
  /** A new, empty store (its own database). */
  open(options?: { notify?: boolean }): Promise<FeedbackStore>
}

/** A fresh database in the test run's PostgreSQL cluster. */
export async function freshPostgresUrl(adminUrl: string): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  return adminUrl.replace('/postgres?', `/${name}?`)
}

/** The two stores, for `describe.each`: the same tests run against both. */
export function storeKinds(): StoreKind[] {
  const postgresUrl = inject('postgresUrl')
  const postgresMissing = inject('postgresMissing')
  return [
    { name: 'sqlite', open: async (options) => new SqliteFeedbackStore(openDatabase(':memory:'), options) },
    {
      name: 'postgres',
      // Never skipped: without a cluster every PostgreSQL test fails, saying why (a quiet skip would hide the half that broke).
      open: async (options) => {
        if (!postgresUrl) throw new Error(`The PostgreSQL store cannot be tested: ${postgresMissing}`)
        return PostgresFeedbackStore.open(await freshPostgresUrl(postgresUrl), options)
      },
    },
  ]
}
