// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.wrangler/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Islands run in the browser, tests and scripts in Node; functions sent to a page by the drivers see both.
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      // `_` marks a value kept on purpose while destructuring the rest away.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The layer rule (docs/architecture.md): src/data/ declares, src/lib/ and the features derive. A data module
    // imports zod and other data modules only, types included, so the facts never depend on the code that reads them.
    files: ['src/data/**/*.ts'],
    ignores: ['src/data/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./[^/]+$|astro/zod$|zod$)',
              message: 'src/data/ imports only zod and other data modules (./x.ts); put code that computes in src/lib/.',
            },
          ],
        },
      ],
    },
  },
];
