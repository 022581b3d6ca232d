import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** How many stored submissions contain `marker` (the server's test-only read, LECTERN_TEST_HOOKS=1). */
export async function storedFeedback(request: APIRequestContext, marker: string): Promise<number> {
  const response = await request.get(`/api/test/feedback?contains=${encodeURIComponent(marker)}`)
  expect(response.ok(), 'the e2e server must run with LECTERN_TEST_HOOKS=1').toBe(true)
  return ((await response.json()) as { count: number }).count
}

/** A marker no other test writes, to find this test's submissions among everyone's. */
export const uniqueMarker = (name: string): string => `[e2e ${name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}]`

export const fields = (page: Page) => {
  const main = page.getByRole('main')
  return {
    name: main.getByRole('textbox', { name: /^Họ và tên/ }),
    email: main.getByRole('textbox', { name: /^Thư điện tử/ }),
    topic: (name: string | RegExp) => main.getByRole('radio', { name }),
    article: main.getByRole('textbox', { name: /^Bài viết liên quan/ }),
    message: main.getByRole('textbox', { name: /^Nội dung góp ý/ }),
    submit: main.getByRole('button', { name: 'Gửi góp ý' }),
  }
}

/** Fills a valid form (by typing, as a person does) with `marker` in the message. */
export async function fillValidForm(page: Page, marker: string): Promise<void> {
  const f = fields(page)
  await f.name.fill('Trần Văn Bình')
  await f.topic('Lỗi kỹ thuật của cổng').check()
  await f.message.fill(`Trang tải chậm trên điện thoại. ${marker}`)
}

/** POSTs to /api/feedback the page makes, counted as they leave the browser. */
export function countFeedbackPosts(page: Page): { readonly count: number } {
  const counter = { count: 0 }
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/feedback') counter.count++
  })
  return counter
}

/** The error shown when a send failed (the draft is kept). */
export const sendFailure = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Chưa gửi được góp ý' }) })
