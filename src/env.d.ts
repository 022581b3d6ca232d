/// <reference types="vite/client" />
declare module '@intlify/unplugin-vue-i18n/messages' {
  import type { LocaleMessages, VueMessageType } from 'petite-vue-i18n'
  const messages: Record<string, LocaleMessages<VueMessageType>>
  export default messages
}
