import messages from '@intlify/unplugin-vue-i18n/messages'
import { createI18n } from 'vue-i18n'
import type { Locale } from '../stores/preferencesStorage'

/** vue-i18n with messages precompiled at build time (vi is the default; en complete). */
export function createLecternI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages,
    datetimeFormats: {
      // As the portal writes it: 15:08 10/09/2019.
      vi: { long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' } },
      en: { long: { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' } },
    },
  })
}
