import type { Page } from '@playwright/test'
import { evaluateFast, pressTab } from './cdp'
import { finding, type Finding, type RuleFilter } from './rules'

const OPENERS = '[aria-haspopup="dialog"], [aria-haspopup="true"], [data-bs-toggle="modal"], [data-toggle="modal"], [commandfor], [aria-controls]'
const DIALOGS = 'dialog[open], [role="dialog"], [role="alertdialog"]'
/** The longest a dialog is given to open (and take focus) or close (and give it back). */
const SETTLE_MS = 150

/**
 * Waits in the page until the dialog has settled as the pattern wants it (opened with focus inside,
 * or closed with focus back on the opener), seen on two frames in a row, or until SETTLE_MS: a
 * dialog that behaves costs a couple of frames, and only one that does not waits the full time
 * before it is judged, as every dialog did before.
 */
function settle(page: Page, wanted: 'open' | 'closed', opener: string): Promise<void> {
  return evaluateFast(page, ({ DIALOGS, SETTLE_MS, wanted, opener }) => new Promise<void>((resolve) => {
    const w = window as unknown as { __auditBefore: Element[]; __auditDialog?: HTMLElement }
    const ok = (): boolean => {
      if (wanted === 'closed') {
        return !!w.__auditDialog && !window.__audit.isVisible(w.__auditDialog) && document.activeElement === document.querySelector(opener)
      }
      const dialog = [...document.querySelectorAll(DIALOGS)].find((d) => window.__audit.isVisible(d) && !w.__auditBefore.includes(d))
      return !!dialog && dialog.contains(document.activeElement)
    }
    const end = performance.now() + SETTLE_MS
    let held = 0
    const tick = (): void => {
      held = ok() ? held + 1 : 0
      if (held >= 2 || performance.now() >= end) resolve()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }), { DIALOGS, SETTLE_MS, wanted, opener })
}

/**
 * Opens each dialog the page offers (buttons that say they open one) from the keyboard and checks
 * the APG dialog pattern: focus moves in, Tab stays in a modal one, Escape closes it, and focus
 * goes back to the opener. Reads and Tab presses go straight over the DevTools protocol
 * (evaluateFast, pressTab): the same calls without Playwright's wrapping, a few ms each.
 */
export async function checkDialogs(page: Page, enabled: RuleFilter): Promise<Finding[]> {
  const openers = await evaluateFast(page, ({ OPENERS, DIALOGS }) =>
    [...document.querySelectorAll<HTMLElement>(OPENERS)]
      .filter((el) => window.__audit.isVisible(el) && el.tabIndex >= 0)
      .filter((el) => !el.hasAttribute('aria-controls') || el.hasAttribute('aria-haspopup')
        || Boolean(document.getElementById(el.getAttribute('aria-controls')!)?.matches(`dialog, ${DIALOGS}`)))
      .slice(0, 3).map((el) => window.__audit.selectorOf(el)), { OPENERS, DIALOGS })
  const findings: Finding[] = []
  for (const opener of openers) {
    await evaluateFast(page, (s) => {
      (window as unknown as { __auditBefore: Element[] }).__auditBefore = [...document.querySelectorAll(s)].filter((d) => window.__audit.isVisible(d))
    }, DIALOGS)
    await page.focus(opener)
    await page.keyboard.press('Enter')
    await settle(page, 'open', opener)
    const opened = await evaluateFast(page, (s) => {
      const before = (window as unknown as { __auditBefore: Element[] }).__auditBefore
      const dialog = [...document.querySelectorAll<HTMLElement>(s)].find((d) => window.__audit.isVisible(d) && !before.includes(d))
      if (!dialog) return undefined
      ;(window as unknown as { __auditDialog: HTMLElement }).__auditDialog = dialog
      const focusIn = dialog.contains(document.activeElement)
      // Move focus in ourselves if the page did not, so the other checks can still be made.
      if (!focusIn) (window.__audit.tabbables(dialog)[0] ?? dialog).focus()
      const modal = dialog.matches(':modal') || dialog.getAttribute('aria-modal') === 'true'
      return { selector: window.__audit.selectorOf(dialog), focusIn, modal, stops: window.__audit.tabbables(dialog).length }
    }, DIALOGS)
    if (!opened) continue
    const name = `the dialog opened by ${opener}`
    if (!opened.focusIn && enabled('dialog-focus')) findings.push(finding('dialog-focus', `Opening ${name} leaves focus outside it`, [opened.selector]))
    if (opened.modal && enabled('dialog-focus-escape')) {
      for (let i = 0; i < opened.stops + 2; i++) {
        await pressTab(page)
        const outside = await evaluateFast(page, () => {
          const active = document.activeElement
          // Focus on <body> has left the document for the browser's own controls: allowed.
          const dialog = (window as unknown as { __auditDialog: HTMLElement }).__auditDialog
          return active && active !== document.body && !dialog.contains(active) ? window.__audit.selectorOf(active) : undefined
        })
        if (outside) {
          findings.push(finding('dialog-focus-escape', `Tab leaves the modal ${name} for ${outside} behind it`, [opened.selector, outside]))
          await evaluateFast(page, () => {
            const d = (window as unknown as { __auditDialog: HTMLElement }).__auditDialog
            const first = window.__audit.tabbables(d)[0] ?? d
            first.focus()
          })
          break
        }
      }
    }
    await page.keyboard.press('Escape')
    await settle(page, 'closed', opener)
    const after = await evaluateFast(page, (o) => ({
      open: window.__audit.isVisible((window as unknown as { __auditDialog: HTMLElement }).__auditDialog),
      backOnOpener: document.activeElement === document.querySelector(o),
      focus: document.activeElement && document.activeElement !== document.body ? window.__audit.selectorOf(document.activeElement) : 'nothing',
    }), opener)
    if (after.open) {
      if (enabled('dialog-escape')) findings.push(finding('dialog-escape', `Escape does not close ${name}`, [opened.selector]))
      await evaluateFast(page, () => {
        const d = (window as unknown as { __auditDialog: HTMLElement }).__auditDialog
        if (d instanceof HTMLDialogElement) d.close()
        else [...d.querySelectorAll<HTMLElement>('button')].find((b) => /close|đóng|cancel|hủy|×|✕/i.test(window.__audit.nameOf(b)))?.click()
      })
    } else if (!after.backOnOpener && opened.focusIn && enabled('dialog-focus')) {
      findings.push(finding('dialog-focus', `Closing ${name} leaves focus on ${after.focus}, not on the button that opened it`, [opener]))
    }
  }
  return findings
}
