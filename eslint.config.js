// ESLint: neostandard (JavaScript Standard Style for TypeScript), adjusted to the codebase's existing layout
// (no space before a named function's parenthesis, trailing commas in multi-line literals), plus a
// 120-character line limit.
import neostandard from 'neostandard'
import globals from 'globals'

export default [
  ...neostandard({
    ts: true,
    ignores: ['src/generated/**', 'coverage/**', 'dist/**', '.data/**', 'tmp/**', 'client/schema.d.ts'],
  }),
  {
    rules: {
      '@stylistic/space-before-function-paren': [
        'error', { anonymous: 'always', named: 'never', asyncArrow: 'always' },
      ],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/object-property-newline': 'off',
      // zod schemas and their inferred types share a name; the API's fields are snake_case by design
      '@typescript-eslint/no-redeclare': 'off',
      camelcase: 'off',
      '@stylistic/max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  // the dashboard's ES modules run in the browser, with uPlot loaded as a global
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser, uPlot: 'readonly' } } },
]
