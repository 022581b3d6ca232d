import base from './eslint.config.js'
import stylistic from '@stylistic/eslint-plugin'
const limit = Number(process.env.LIMIT ?? 160)
export default [
  ...base,
  { plugins: { '@stylistic': stylistic }, rules: {
    '@stylistic/max-len': ['error', { code: limit, ignoreStrings: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    '@stylistic/semi': ['error', 'never'],
    '@stylistic/quotes': ['error', 'single', { avoidEscape: true }],
    '@stylistic/no-trailing-spaces': 'error',
    '@stylistic/eol-last': 'error',
    '@stylistic/no-multiple-empty-lines': ['error', { max: 1 }],
    '@stylistic/comma-dangle': ['error', 'always-multiline'],
    '@stylistic/indent': ['error', 2],
    '@stylistic/object-curly-spacing': ['error', 'always'],
    '@stylistic/arrow-parens': ['error', 'always'],
  } },
]
