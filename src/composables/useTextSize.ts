import { useFormatters } from '../i18n/serverFormatted'
import { computed } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { useAnnouncerStore } from '../stores/announcer'
import { usePreferencesStore } from '../stores/preferences'
import { TEXT_SCALES } from '../stores/preferencesModel'

/** Text-size steps shared by the A−/A/A+ buttons and the keyboard shortcuts; each change is announced. */
export function useTextSize() {
  const preferences = usePreferencesStore()
  const announcer = useAnnouncerStore()
  const { t } = useI18n()
  const format = useFormatters()
  const percent = computed(() => format.percent(preferences.textScale, 1))
  const change = (action: () => unknown): void => {
    action()
    void announcer.announce(t('textSize.status', { percent: percent.value }))
  }
  return {
    percent,
    atMin: computed(() => preferences.textScale === TEXT_SCALES[0]),
    atMax: computed(() => preferences.textScale === TEXT_SCALES[TEXT_SCALES.length - 1]),
    larger: () => change(preferences.larger),
    smaller: () => change(preferences.smaller),
    reset: () => change(preferences.resetTextScale),
  }
}
