import { LINE_FOCUS, type ReadingTools } from '../../reading/readingTools'
import { useAnnouncerStore } from '../../stores/announcer'
import { useReadingToolsStore } from '../../stores/readingTools'
import { useReadingMessages } from './useReadingMessages'

/**
 * Choosing line focus, wherever it is offered (the article's reading tools, Settings): one label
 * per choice, and one announcement of the new state.
 */
export function useLineFocusChoice() {
  const { t } = useReadingMessages()
  const tools = useReadingToolsStore()
  const announcer = useAnnouncerStore()

  const label = (lines: number): string => (lines ? t('reading.lineFocusLines', { n: lines }, lines) : t('reading.lineFocusOff'))

  /** Takes a choice from a control; anything that is not one of the offered line counts is ignored. */
  function choose(value: unknown): void {
    const lines: ReadingTools['lineFocus'] | undefined = LINE_FOCUS.find((n) => n === value)
    if (lines === undefined) return
    tools.lineFocus = lines
    void announcer.announce(t('reading.lineFocusStatus', { value: label(lines) }))
  }

  return { choices: LINE_FOCUS, label, choose }
}
