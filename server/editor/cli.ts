import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { readConfig } from '../config'
import { openDatabase } from '../db/schema'
import { openFeedbackStore } from '../feedback/openStore'
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords'

const USAGE = `Local editor accounts (for CONTENT_SOURCE=lectern; WordPress editors use application passwords):
  npm run editor -- add <name>       create an account; the password is read from standard input or asked for
  npm run editor -- password <name>  set a new password (ends that editor's sessions everywhere)
  npm run editor -- remove <name>    delete an account
  npm run editor -- list             list the accounts`

/** Reads the password: one line from a pipe, or typed twice at a prompt that does not echo it. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
  }
  const ask = (question: string): Promise<string> => new Promise((resolve) => {
    process.stdout.write(question)
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() })
    const rl = createInterface({ input: process.stdin, output: muted, terminal: true })
    rl.question('', (answer) => { rl.close(); process.stdout.write('\n'); resolve(answer) })
  })
  const first = await ask('Password: ')
  const again = await ask('Password again: ')
  if (first !== again) throw new Error('The two passwords differ: nothing was changed.')
  return first
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2)
  const config = readConfig()
  if (config.databaseFile !== ':memory:') mkdirSync(dirname(config.databaseFile), { recursive: true })
  const db = openDatabase(config.databaseFile)
  const store = await openFeedbackStore({ databaseUrl: config.editor.databaseUrl, db, notify: false })
  try {
    if (command === 'list') {
      const names = await store.listAccounts()
      console.log(names.length ? names.join('\n') : 'No editor accounts yet.')
      return 0
    }
    if (!name || !/^[\p{L}\p{N}._@-]{2,100}$/u.test(name) || !['add', 'password', 'remove'].includes(command ?? '')) {
      console.error(USAGE)
      return 2
    }
    if (command === 'remove') {
      const removed = await store.removeAccount(name)
      console.log(removed ? `Removed ${name}.` : `There is no account named ${name}.`)
      return removed ? 0 : 1
    }
    const password = await readPassword()
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      console.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters: nothing was changed.`)
      return 1
    }
    const hash = await hashPassword(password)
    if (command === 'add') {
      if (!(await store.addAccount(name, hash))) {
        console.error(`An account named ${name} exists already; to change its password: npm run editor -- password ${name}`)
        return 1
      }
      console.log(`Created editor ${name}. Sign in at /bien-tap/.`)
      return 0
    }
    if (!(await store.setPassword(name, hash))) {
      console.error(`There is no account named ${name}.`)
      return 1
    }
    console.log(`New password set for ${name}; their other sessions have ended.`)
    return 0
  } finally {
    await store.close()
    db.close()
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
