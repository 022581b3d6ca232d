import { defineStore } from 'pinia'
import { reactive, ref, shallowRef, watch } from 'vue'
import { ApiError } from '../api/errors'
import { sendFeedback, type FeedbackReceipt } from '../api/feedback'
import type { FeedbackFields, FeedbackTopic } from '../feedback/rules'
import {
  DRAFT_STORAGE_KEY,
  EMPTY_FIELDS,
  isBlank,
  newDraftId,
  parseDraft,
  serializeDraft,
} from './feedbackDraftStorage'

export type SendState = 'editing' | 'sending' | 'failed' | 'sent'

function readStorage(): string | null {
  try {
    return localStorage.getItem(DRAFT_STORAGE_KEY)
  } catch {
    return null // storage blocked: the draft still lives for this visit
  }
}

function writeStorage(value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(DRAFT_STORAGE_KEY)
    else localStorage.setItem(DRAFT_STORAGE_KEY, value)
  } catch {
    // Not kept (storage full or blocked); the draft still holds for this visit.
  }
}

/**
 * The feedback draft: saved as the reader types, restored after a reload or a crash, kept when a
 * send fails, and cleared only once the server has answered with a reference number.
 */
export const useFeedbackDraftStore = defineStore('feedbackDraft', () => {
  const initial = parseDraft(readStorage())
  const draftId = ref(initial.draftId)
  const fields = reactive<FeedbackFields>({
    name: initial.name, email: initial.email, topic: initial.topic, article: initial.article, message: initial.message,
  })
  /** A draft from an earlier visit was brought back (the form says so and offers to discard it). */
  const restored = ref(!isBlank(initial))
  const state = ref<SendState>('editing')
  const failure = shallowRef<ApiError>()
  const receipt = shallowRef<FeedbackReceipt>()

  // Synchronously, on every keystroke: a reload straight after typing must find the last letter.
  watch(fields, () => {
    writeStorage(isBlank(fields) ? null : serializeDraft({ draftId: draftId.value, ...fields }))
  }, { deep: true, flush: 'sync' })

  function reset(): void {
    Object.assign(fields, EMPTY_FIELDS)
    draftId.value = newDraftId()
    restored.value = false
    writeStorage(null)
  }

  async function send(language: 'vi' | 'en', honeypot = ''): Promise<void> {
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
