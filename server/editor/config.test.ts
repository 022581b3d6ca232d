import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../config'
import { openDatabase } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import { verifyPassword } from './passwords'

describe('editor configuration', () => {
  it('defaults: header link to /bien-tap/, SQLite, a year of retention, no mail, cookies Secure on HTTPS only', () => {
    const config = readConfig({})
    expect(config.runtime.editorUrl).toBe('/bien-tap/')
    expect(config.runtime.feedbackRetentionDays).toBe(365)
    expect(config.editor).toEqual({ databaseUrl: null, sessionSecret: null, secureCookie: 'auto', retentionDays: 365, notify: null, publicUrl: null })
    expect(config.trustProxy).toBe(false)
  })

  it('reads PostgreSQL, mail, retention and proxy settings', () => {
    const config = readConfig({
      FEEDBACK_DATABASE_URL: 'postgres://lectern:pw@db/lectern', SMTP_URL: 'smtp://mail.example:587', FEEDBACK_NOTIFY_TO: 'bbt@example.vn',
      FEEDBACK_RETENTION_DAYS: '90', EDITOR_SECURE_COOKIE: 'always', TRUST_PROXY: '1', PUBLIC_URL: 'https://portal.example/',
    })
    expect(config.editor).toMatchObject({ databaseUrl: 'postgres://lectern:pw@db/lectern', retentionDays: 90, secureCookie: 'always', publicUrl: 'https://portal.example',
      notify: { smtpUrl: 'smtp://mail.example:587', to: 'bbt@example.vn', from: 'Lectern <bbt@example.vn>' } })
    expect(config.trustProxy).toBe(true)
  })

  it.each([
    [{ FEEDBACK_DATABASE_URL: 'mysql://secret:pw@db/x' }, /FEEDBACK_DATABASE_URL must be a postgres:\/\/ URL \(got "mysql:\/\/…@db\/x"\)/],
    [{ FEEDBACK_RETENTION_DAYS: '0' }, /FEEDBACK_RETENTION_DAYS must be a whole number/],
    [{ SMTP_URL: 'smtp://mail.example' }, /FEEDBACK_NOTIFY_TO must name/],
    [{ EDITOR_SESSION_SECRET: 'short' }, /at least 32 characters/],
    [{ EDITOR_SECURE_COOKIE: 'yes' }, /EDITOR_SECURE_COOKIE must be "auto" or "always"/],
  ])('refuses to start with %o, saying what to fix (and never echoing a password)', (env, message) => {
    expect(() => readConfig(env)).toThrow(message)
  })
})

describe('npm run editor', () => {
  it('creates an account from a password on standard input, hashed with scrypt, and refuses a short one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    const databaseFile = join(dir, 'lectern.db')
    const cli = (args: string[], input: string) => execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'cli.ts'), ...args],
      { input, env: { ...process.env, DATABASE_FILE: databaseFile, FEEDBACK_DATABASE_URL: '' }, encoding: 'utf8', stdio: 'pipe' })
    try {
      expect(cli(['add', 'hoa'], 'một mật khẩu đủ dài\n')).toContain('Created editor hoa')
      expect(() => cli(['add', 'lan'], 'ngắn\n')).toThrow(/at least 12 characters/)
      const db = openDatabase(databaseFile)
      const account = await new SqliteFeedbackStore(db).account('hoa')
      db.close()
      expect(account?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/)
      expect(await verifyPassword('một mật khẩu đủ dài', account!.passwordHash)).toBe(true)
      expect(await verifyPassword('một mật khẩu đủ dài!', account!.passwordHash)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
