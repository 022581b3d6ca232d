import { useI18n } from 'petite-vue-i18n'
import en from '../../i18n/locales/reading/en.json'
import vi from '../../i18n/locales/reading/vi.json'
import { resolveDottedPath } from '../../i18n/resolve'

/** The reading tools' words travel with the components that use them, not in every first load. */
export const useReadingMessages = () => useI18n({ messages: { vi, en }, messageResolver: resolveDottedPath })
