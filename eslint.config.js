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
)
