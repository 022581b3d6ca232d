import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'

/**
 * What a printed page says: Chromium prints the page as it would on paper (print media), and
 * poppler's pdftotext (installed by scripts/ensure-browser.mjs) reads the words back.
 */
export async function printedText(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = testInfo.outputPath(`${name}.pdf`)
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }))
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

/**
 * Lines and wraps differ between screen and paper, and pdftotext joins a word broken after a
 * hyphen ("05-" + "CT/TW" reads "05CT/TW"): compare the letters alone, without spaces or hyphens.
 */
export const letters = (text: string): string => text.normalize('NFC').replace(/[\s-]+/g, '')
