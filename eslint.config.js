import stylistic from '@stylistic/eslint-plugin'
import pluginVue from 'eslint-plugin-vue'
import vueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'data/'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  ...vueA11y.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      // Article bodies render through the document model (src/content/DocumentRenderer.ts), never raw HTML.
      'vue/no-v-html': 'error',
      // A label tied by for/id is enough (the default also demands nesting, which no pattern needs).
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
      // Internal links are RouterLinks (history, focus and announcements depend on it);
      // raw <a> is for in-page anchors, mailto:/tel: and other sites only.
      'no-restricted-syntax': ['error', {
        selector: "VElement[name='a'] > VStartTag > VAttribute[key.name='href'][value.value=/^\\/(?!\\/)/]",
        message: 'Use <RouterLink> for internal links.',
      }],
    },
  },
  {
    // The formatter: the layout the tree already keeps (measured: 160 columns outside strings,
    // templates, regular expressions and URLs; two-space indent; no semicolons; single quotes),
    // so new code matches it and `eslint --fix` mends most slips. Vue template tags may run longer.
    files: ['**/*.{ts,mts,js,mjs,vue}'],
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', {
        code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true, ignorePattern: '^\\s*<',
      }],
      '@stylistic/indent': ['error', 2],
      '@stylistic/semi': ['error', 'never'],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1 }],
      '@stylistic/eol-last': 'error',
      '@stylistic/object-curly-spacing': ['error', 'always'],
    },
  },
  {
    // Hostile markup exactly as published (the XSS corpus): its quoting is part of the sample.
    files: ['e2e/fixtures/**'],
    rules: { '@stylistic/quotes': 'off' },
  },
  {
    // core/ is what both sides share: it imports neither side, nor Vue, nor anything that needs
    // a browser or Node (its own tsconfig has no DOM and no Node types).
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src/**', '**/server/**', '../src', '../server'], message: 'core/ must not import the browser app or the server.' },
          { group: ['vue', 'vue/*', 'vue-router', 'pinia', 'petite-vue-i18n', '@vue/*'], message: 'core/ must not depend on Vue.' },
          { group: ['node:*', 'fs', 'path', 'crypto'], message: 'core/ must run anywhere: no Node built-ins.' },
        ],
      }],
    },
  },
)
