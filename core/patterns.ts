/** A slug: a–z, 0–9 and single hyphens (articles, categories, pages), the same on every side. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A BCP 47 language tag, loosely: "vi", "en-GB", "zh-Hant-TW". */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/
