/**
 * Every check the audit runs besides axe, with the WCAG success criterion it supports and whether
 * it fails a run ("failure") or is only reported ("advice"). README's QA section is written from
 * this table; a finding's help URL comes from it.
 */
export type Family = 'keyboard' | 'focus' | 'content' | 'visual'
export type Level = 'failure' | 'advice'
export type Impact = 'critical' | 'serious' | 'moderate' | 'minor'

export interface Rule {
  family: Family
  /** The success criterion (or "best practice") the check supports, as "2.1.2 No Keyboard Trap". */
  wcag: string
  level: Level
  impact: Impact
  /** What the check looks for, in one line (README and the HTML report). */
  summary: string
  understanding: string
}

const U = 'https://www.w3.org/WAI/WCAG22/Understanding/'
const rule = (family: Family, wcag: string, level: Level, impact: Impact, page: string, summary: string): Rule =>
  ({ family, wcag, level, impact, summary, understanding: `${U}${page}.html` })

export const RULES = {
  // Keyboard
  'skip-link': rule('keyboard', '2.4.1 Bypass Blocks', 'failure', 'serious', 'bypass-blocks',
    'The first Tab stop is a link that really moves focus past the repeated blocks'),
  'keyboard-trap': rule('keyboard', '2.1.2 No Keyboard Trap', 'failure', 'critical', 'no-keyboard-trap',
    'Tab and Shift+Tab move focus on, and Tab never cycles among a few elements (however the trap is built)'),
  'focus-order': rule('keyboard', '2.4.3 Focus Order', 'failure', 'moderate', 'focus-order', 'Tab never jumps back up the same column of the page'),
  'tabindex-inert': rule('keyboard', '4.1.2 Name, Role, Value', 'failure', 'moderate', 'name-role-value',
    'tabindex="0" only on elements with a role or an action (scrollable regions excepted)'),
  'control-keys': rule('keyboard', '2.1.1 Keyboard', 'failure', 'serious', 'keyboard',
    'Custom controls (role=button, role=link, elements with click handlers) can be reached and work with Enter (and Space for buttons)'),
  'dialog-focus': rule('keyboard', '2.4.3 Focus Order', 'failure', 'serious', 'focus-order',
    'A dialog takes focus when it opens and gives it back to its opener when it closes'),
  'dialog-focus-escape': rule('keyboard', '2.4.3 Focus Order', 'failure', 'serious', 'focus-order', 'Tab stays inside an open modal dialog'),
  'dialog-escape': rule('keyboard', '2.1.1 Keyboard (APG dialog pattern)', 'failure', 'moderate', 'keyboard', 'Escape closes a dialog'),
  // Focus, by pixels
  'focus-visible': rule('focus', '2.4.7 Focus Visible', 'failure', 'serious', 'focus-visible',
    'Focusing a Tab stop changes its pixels at all (screenshots focused and unfocused)'),
  'focus-appearance': rule('focus', '2.4.13 Focus Appearance', 'failure', 'moderate', 'focus-appearance',
    'The change covers at least a 2 px perimeter of the element at 3:1 contrast or more'),
  // Content and links
  'link-text-vague': rule('content', '2.4.4 Link Purpose (In Context)', 'failure', 'moderate', 'link-purpose-in-context',
    'Link text that means nothing on its own ("bấm vào đây", "xem thêm", "click here", "read more")'),
  'link-same-text': rule('content', '2.4.9 Link Purpose (Link Only)', 'advice', 'minor', 'link-purpose-link-only',
    'Links with the same text going to different places'),
  'link-adjacent-duplicate': rule('content', '2.4.4 Link Purpose (best practice)', 'advice', 'minor', 'link-purpose-in-context',
    'Adjacent links to the same place (an image link and a text link: two stops, one destination)'),
  'link-new-window': rule('content', '3.2.5 Change on Request', 'advice', 'minor', 'change-on-request', 'A link that opens a new window or tab says so'),
  'link-document': rule('content', '2.4.4 Link Purpose (In Context)', 'advice', 'minor', 'link-purpose-in-context',
    'A link to a document (PDF, DOC, XLS…) names its format and size'),
  'alt-filename': rule('content', '1.1.1 Non-text Content', 'failure', 'serious', 'non-text-content', 'alt text that is a file name ("IMG_1234.jpg")'),
  'alt-repeats-title': rule('content', '1.1.1 Non-text Content (best practice)', 'advice', 'minor', 'non-text-content',
    'alt text that repeats the title attribute (heard twice)'),
  'image-of-text': rule('content', '1.4.5 Images of Text', 'advice', 'minor', 'images-of-text',
    'A wide, short image whose alt is a sentence: probably text drawn as an image (a person confirms)'),
  'placeholder-label': rule('content', '3.3.2 Labels or Instructions', 'failure', 'serious', 'labels-or-instructions',
    'A placeholder is the only label of a field'),
  'hint-not-associated': rule('content', '1.3.1 Info and Relationships', 'failure', 'moderate', 'info-and-relationships',
    'A hint beside a field is not tied to it with aria-describedby'),
  'group-no-fieldset': rule('content', '1.3.1 Info and Relationships', 'failure', 'moderate', 'info-and-relationships',
    'Radio buttons or checkboxes sharing a name are not grouped in a fieldset with a legend (or a named group)'),
  'empty-paragraph': rule('content', '1.3.1 Info and Relationships (best practice)', 'advice', 'minor', 'info-and-relationships',
    'Empty paragraphs used for spacing (empty headings: axe empty-heading)'),
  'deprecated-element': rule('content', '1.3.1 Info and Relationships (best practice)', 'advice', 'minor', 'info-and-relationships',
    'Presentational elements: center, font, big, tt, strike (marquee and blink: axe)'),
  accesskey: rule('content', '2.1.4 Character Key Shortcuts (best practice)', 'advice', 'minor', 'character-key-shortcuts',
    'accesskey, which clashes with screen reader and browser keys'),
  'lang-mismatch': rule('content', '3.1.1 Language of Page', 'failure', 'serious', 'language-of-page',
    'The page lang does not match the language of its text (Vietnamese and English detected from the text)'),
  'lang-part-mismatch': rule('content', '3.1.2 Language of Parts', 'failure', 'moderate', 'language-of-parts',
    'A long passage is in another language than the lang it inherits'),
  // Visual and zoom
  'text-resize': rule('visual', '1.4.4 Resize Text', 'failure', 'serious', 'resize-text',
    'With every font size doubled, no text is newly clipped or overlaps other text'),
  'text-spacing': rule('visual', '1.4.12 Text Spacing', 'failure', 'serious', 'text-spacing',
    'With WCAG text spacing (line 1.5, paragraph 2, letter .12, word .16 em), no text is newly clipped'),
  reflow: rule('visual', '1.4.10 Reflow', 'failure', 'serious', 'reflow', 'At 320 CSS px the page does not scroll sideways'),
  'text-small': rule('visual', '1.4.4 Resize Text (best practice)', 'advice', 'minor', 'resize-text', 'Text smaller than 9 pt (12 px)'),
  'text-justified': rule('visual', '1.4.8 Visual Presentation', 'advice', 'minor', 'visual-presentation', 'Justified passages (uneven word gaps)'),
  'text-all-caps': rule('visual', '1.4.8 Visual Presentation (best practice)', 'advice', 'minor', 'visual-presentation', 'Long passages in capitals'),
  'text-italic': rule('visual', '1.4.8 Visual Presentation (best practice)', 'advice', 'minor', 'visual-presentation', 'Long passages in italics'),
  'line-length': rule('visual', '1.4.8 Visual Presentation', 'advice', 'minor', 'visual-presentation', 'Lines of the main text longer than 80 characters'),
} satisfies Record<string, Rule>

export type RuleId = keyof typeof RULES

export interface Finding {
  source: 'axe' | Family
  rule: string
  impact: string
  level: Level
  /** The success criterion, e.g. "1.4.4 Resize Text"; for axe, its WCAG tags. */
  wcag: string
  help: string
  helpUrl: string
  targets: string[]
  /** With --baseline: whether the previous report had it (known findings do not fail the run). */
  baseline?: 'new' | 'known'
}

export function finding(id: RuleId, help: string, targets: string[]): Finding {
  const r: Rule = RULES[id]
  return { source: r.family, rule: id, impact: r.impact, level: r.level, wcag: r.wcag, help, helpUrl: r.understanding, targets }
}

/** Which rules run: a run can be narrowed (`--rules`) or thinned (`--skip-rules`). */
export type RuleFilter = (rule: string) => boolean
export const allRules: RuleFilter = () => true
export const anyEnabled = (filter: RuleFilter, ...ids: RuleId[]): boolean => ids.some(filter)
