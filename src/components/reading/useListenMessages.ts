import { useI18n } from 'petite-vue-i18n'
import en from '../../i18n/locales/listen/en.json'
import vi from '../../i18n/locales/listen/vi.json'
import { resolveDottedPath } from '../../i18n/resolve'

/** The player's words load with the player (on first use), not with the article. */
export const useListenMessages = () => useI18n({ messages: { vi, en }, messageResolver: resolveDottedPath })
