import { useI18n } from 'petite-vue-i18n'
import en from '../i18n/locales/offline/en.json'
import vi from '../i18n/locales/offline/vi.json'
import { resolveDottedPath } from '../i18n/resolve'

/** The offline features' words travel with their (lazily loaded) components, not in every first load. */
export const useOfflineMessages = () => useI18n({ messages: { vi, en }, messageResolver: resolveDottedPath })
