/** A slug: a–z, 0–9 and single hyphens (articles, categories, pages), the same on every side. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A feedback reference number as the server makes them (`GY-2026-000042`). */
export const REFERENCE_PATTERN = /^[A-Z0-9-]{1,40}$/

/** A BCP 47 language tag, loosely: "vi", "en-GB", "zh-Hant-TW". */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/

/** A picture carried in the document itself: base64 png, gif, jpeg, webp or svg, nothing else. */
export const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/
