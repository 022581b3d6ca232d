import { type Page, type Route } from '@playwright/test'
import { expect, test } from './support/test'
import { expectFocusedHeading } from './support/app'
import { countFeedbackPosts, fields, fillValidForm, sendFailure as failure, storedFeedback, uniqueMarker } from './support/feedback'
import { ROUTE_PATHS } from '../core/paths'

/** What happens to one POST: `-after` faults let it reach the server (and be stored) first. */
type Fault = 'ok' | '500-before' | '500-after' | 'abort-before' | 'abort-after' | 'slow'

const PROBLEM = { status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500, detail: 'injected' }) }
const SAYS: Partial<Record<Fault, RegExp>> = {
  '500-before': /Máy chủ đang gặp sự cố/,
  '500-after': /Máy chủ đang gặp sự cố/,
  'abort-before': /Không kết nối được tới máy chủ/,
  'abort-after': /Không kết nối được tới máy chủ/,
}

/** Routes /api/feedback through a queue of faults, one per POST; an empty queue lets it through. */
async function injectFaults(page: Page): Promise<Fault[]> {
  const queue: Fault[] = []
  await page.route('**/api/feedback', async (route: Route) => {
    switch (queue.shift() ?? 'ok') {
      case 'ok':
        return route.continue()
      case '500-before':
        return route.fulfill(PROBLEM)
      case '500-after':
        await route.fetch()
        return route.fulfill(PROBLEM)
      case 'abort-before':
        return route.abort('internetdisconnected')
      case 'abort-after':
        await route.fetch()
        return route.abort('connectionreset')
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 800))
        return route.continue()
    }
  })
  return queue
}

/** After a failed send: announced, focused, the draft untouched; then "Thử gửi lại" by keyboard. */
async function expectFailureThenRetry(page: Page, says: RegExp, marker: string): Promise<void> {
  await expect(failure(page)).toBeFocused()
  await expect(failure(page)).toContainText(says)
  await expect(failure(page)).toContainText('vẫn được giữ nguyên')
  await expect(fields(page).message).toHaveValue(new RegExp(marker.replace(/[[\]]/g, '\\$&')))
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Thử gửi lại' })).toBeFocused()
  await page.keyboard.press('Enter')
}

async function expectSent(page: Page): Promise<string> {
  await expectFocusedHeading(page, 'Đã gửi góp ý')
  return (await page.getByRole('main').getByRole('strong').textContent())!.trim()
}

test.describe('feedback when the network or the server fails', () => {
  test('a server 500 keeps the draft, even through a reload, and trying again stores it exactly once', async ({ page, request }) => {
    const marker = uniqueMarker('500')
    const posts = countFeedbackPosts(page)
    const faults = await injectFaults(page)
    await page.goto(ROUTE_PATHS.feedback)
    await fillValidForm(page, marker)
    faults.push('500-after') // the server stored it, then the answer was lost as a 500
    await fields(page).submit.click()
    await expect(failure(page)).toContainText('Máy chủ đang gặp sự cố')
    expect(await storedFeedback(request, marker)).toBe(1)

    // The browser crashes (a reload): the draft, with its id, is still there.
    await page.reload()
    await expect(fields(page).message).toHaveValue(new RegExp('Trang tải chậm'))
    await fields(page).submit.click()
    await expectSent(page)
    expect(posts.count).toBe(2)
    expect(await storedFeedback(request, marker)).toBe(1)
  })

  test('a network failure keeps the draft and "Thử gửi lại" stores it exactly once', async ({ page, request }) => {
    const marker = uniqueMarker('network')
    const posts = countFeedbackPosts(page)
    const faults = await injectFaults(page)
    await page.goto(ROUTE_PATHS.feedback)
    await fillValidForm(page, marker)
    faults.push('abort-before')
    await fields(page).submit.click()
    await expectFailureThenRetry(page, /Không kết nối được tới máy chủ/, marker)
    await expectSent(page)
    expect(posts.count).toBe(2)
    expect(await storedFeedback(request, marker)).toBe(1)
  })

  test('fault-injection run: every draft sent is stored once, whatever fails on the way', async ({ page, request }, testInfo) => {
    const run = uniqueMarker('run')
    const posts = countFeedbackPosts(page)
    const faults = await injectFaults(page)
    const schedules: Fault[][] = [
      ['ok'],
      ['500-before', 'ok'],
      ['500-after', 'ok'],
      ['abort-before', 'ok'],
      ['abort-after', 'ok'],
      ['500-after', 'abort-after', '500-before', 'ok'],
      ['slow'], // and the reader presses Enter twice while it is sending
    ]
    await page.goto(ROUTE_PATHS.feedback)
    const references: string[] = []
    for (const [index, schedule] of schedules.entries()) {
      const marker = `${run} draft ${index + 1}`
      await fillValidForm(page, marker)
      faults.push(...schedule)
      await fields(page).submit.focus()
      await page.keyboard.press('Enter')
      if (schedule[0] === 'slow') await page.keyboard.press('Enter')
      for (const fault of schedule.slice(0, -1)) await expectFailureThenRetry(page, SAYS[fault]!, marker)
      references.push(await expectSent(page))
      await page.getByRole('button', { name: 'Gửi góp ý khác' }).click()
    }
    const sent = schedules.length
    const stored = await storedFeedback(request, run)
    const note = `fault-injection run: ${sent} submissions sent (in ${posts.count} POST requests), ${stored} stored`
    testInfo.annotations.push({ type: 'feedback', description: note })
    console.log(`[${testInfo.project.name}] ${note}`)
    expect(posts.count).toBe(schedules.reduce((n, s) => n + s.length, 0))
    expect(new Set(references).size).toBe(sent)
    expect(stored).toBe(sent)
  })
})
