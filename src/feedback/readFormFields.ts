import { isTopic, type FeedbackFields } from './rules'

/** What the server-rendered feedback form holds right now (only the fields that are filled in). */
export function readFormFields(doc: Document): Partial<FeedbackFields> {
  const form = doc.querySelector<HTMLFormElement>('form.feedback-form')
  if (!form) return {}
  const data = new FormData(form)
  const typed: Partial<FeedbackFields> = {}
  for (const name of ['name', 'email', 'article', 'message'] as const) {
    const value = data.get(name)
    if (typeof value === 'string' && value) typed[name] = value
  }
  const topic = data.get('topic')
  if (isTopic(topic)) typed.topic = topic
  return typed
}
