import { randomBytes } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { EditorConfig, SourceConfig } from '../config'
import { EDITOR_AREA_PATH } from '../../core/paths'
import { startHousekeeping } from '../feedback/housekeeping'
import { FeedbackNotifier } from '../feedback/notifier'
import type { FeedbackStore } from '../feedback/store'
import { localAuthenticator, wordpressAuthenticator } from './authenticate'
import type { EditorOptions } from './plugin'

/**
 * Everything the editors' area needs at run time, from the configuration: who may sign in, the
 * notification mailer and the retention timer. `stop()` ends the timers and the mail connection.
 */
export function startEditorServices(store: FeedbackStore, config: EditorConfig, source: SourceConfig, log: (message: string) => void) {
  const authenticator = source.kind === 'wordpress' ? wordpressAuthenticator(store, source.apiUrl, source.timeoutMs) : localAuthenticator(store)
  if (!config.sessionSecret) log('EDITOR_SESSION_SECRET is not set: editors are signed out when the server restarts (set it when running several instances)')
  const options: EditorOptions = {
    store,
    authenticator,
    sessionSecret: config.sessionSecret ?? randomBytes(32).toString('base64url'),
    secureCookie: config.secureCookie === 'always' ? true : 'auto',
  }
  const notifier = config.notify
    ? new FeedbackNotifier(store, nodemailer.createTransport(config.notify.smtpUrl), {
      to: config.notify.to,
      from: config.notify.from,
      inboxLink: (reference) => `${config.publicUrl ?? ''}${EDITOR_AREA_PATH}/gop-y/${reference}`,
      log,
    })
    : undefined
  notifier?.start()
  const stopHousekeeping = startHousekeeping(store, config.retentionDays, log)
  return {
    options,
    stop: async (): Promise<void> => {
      stopHousekeeping()
      await notifier?.stop()
    },
  }
}
