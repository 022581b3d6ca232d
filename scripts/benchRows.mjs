// How the benches print: one budget row per measure, sizes in KB (bench.mjs and benchOffline.mjs).

/** Bytes as KB with one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`

/** One measure next to its budget, `ok` or `OVER` when there is one to meet. */
export function row(label, value, budget, ok) {
  const verdict = ok === undefined ? '' : ok ? 'ok' : 'OVER'
  console.log(`  ${label.padEnd(34)} ${String(value).padStart(12)}   budget ${String(budget).padStart(9)}  ${verdict}`)
}
