import { defineStore } from 'pinia'
import type { Locale } from '../../core/locale'
import { reactive, ref, shallowRef, watch } from 'vue'
import { ApiError } from '../api/errors'
import { sendFeedback, type FeedbackReceipt } from '../api/feedback'
import type { FeedbackFields, FeedbackTopic } from '../../core/feedbackRules'
import { EMPTY_FIELDS, isBlank, newDraftId, storedDraft } from './feedbackDraftModel'

export type SendState = 'editing' | 'sending' | 'failed' | 'sent'

/**
 * The feedback draft: saved as the reader types, restored after a reload or a crash, kept when a
 * send fails, and cleared only once the server has answered with a reference number.
 */
export const useFeedbackDraftStore = defineStore('feedbackDraft', () => {
  // Empty on both sides until mounted (the server cannot see the saved draft); restore() brings it in.
  const draftId = ref(newDraftId())
  const fields = reactive<FeedbackFields>({ ...EMPTY_FIELDS })
  /** A draft from an earlier visit was brought back (the form says so and offers to discard it). */
  const restored = ref(false)
  // Not kept when storage is full or blocked; the draft still holds for this visit.
  const stored = storedDraft(() => draftId.value)
  let restoredOnce = false
  let adopted = false

  /**
   * `serverDraftId`: the id the server rendered into the form (the same on both sides, so the
   * page hydrates as rendered); `typed`: what a no-JavaScript POST brought back (kept as typed).
   * Browser, once mounted: a saved draft from an earlier visit then replaces an untouched form.
   */
  function adopt(serverDraftId: string, typed?: FeedbackFields): void {
    if (adopted) return
    adopted = true
    if (serverDraftId) draftId.value = serverDraftId
    if (typed) Object.assign(fields, typed)
  }

  function restore(): void {
    if (restoredOnce) return
    restoredOnce = true
    const saved = stored.read()
    // A topic preset from the address (`?chu-de=`) does not count as typing: the draft still comes back.
    const untouched = !fields.name && !fields.email && !fields.article && !fields.message
    if (isBlank(saved) || !untouched) return
    draftId.value = saved.draftId
    Object.assign(fields, { name: saved.name, email: saved.email, topic: saved.topic || fields.topic, article: saved.article, message: saved.message })
    restored.value = true
  }
  const state = ref<SendState>('editing')
  const failure = shallowRef<ApiError>()
  const receipt = shallowRef<FeedbackReceipt>()

  // Synchronously, on every keystroke: a reload straight after typing must find the last letter.
  watch(fields, () => {
    // Not before restore(): a topic preset from the address must not overwrite the saved draft.
    if (!restoredOnce) return
    stored.write({ draftId: draftId.value, ...fields })
  }, { deep: true, flush: 'sync' })

  function reset(): void {
    Object.assign(fields, EMPTY_FIELDS)
    draftId.value = newDraftId()
    restored.value = false
    stored.remove()
  }

  async function send(language: Locale, honeypot = ''): Promise<void> {
    if (state.value === 'sending' || !fields.topic) return
    state.value = 'sending'
    failure.value = undefined
    const optional = (value: string) => value.trim() || undefined
    try {
      receipt.value = await sendFeedback({
        draftId: draftId.value,
        name: fields.name.trim(),
        email: optional(fields.email),
        topic: fields.topic,
        article: optional(fields.article),
        message: fields.message.trim(),
        language,
        ...(honeypot ? { website: honeypot } : {}),
      })
      state.value = 'sent'
      reset()
    } catch (caught) {
      // The draft stays exactly as it was (and stays stored): "try again" sends the same draft id.
      failure.value = caught instanceof ApiError ? caught : new ApiError('Network', String(caught))
      state.value = 'failed'
    }
  }

  return {
    draftId,
    fields,
    restored,
    state,
    failure,
    receipt,
    send,
    adopt,
    restore,
    /** Fields the reader filled in before the page was interactive win over what the store held. */
    keepTyped: (typed: Partial<FeedbackFields>) => {
      for (const [key, value] of Object.entries(typed) as [keyof FeedbackFields, string][]) {
        if (value && fields[key] !== value) (fields as Record<keyof FeedbackFields, string>)[key] = value
      }
    },
    /** Throws the draft away (the reader asked to). */
    discard: reset,
    /** After a confirmation: a fresh, empty form. */
    startNew: () => {
      state.value = 'editing'
      receipt.value = undefined
    },
    presetTopic: (topic: FeedbackTopic) => {
      fields.topic = topic
    },
  }
})
