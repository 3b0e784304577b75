// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import arrows point one way: shared ← sync ← client/server; client and server never meet.
 * Matches relative paths that climb to a top-level folder (`../server/x`, `../../client`), so a
 * nested folder of the same name (`sync/server/`) is not mistaken for the top-level one.
 */
const forbid = (/** @type {string[]} */ folders, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why }] },
  ],
});

/** The engine and the domain get time, randomness and I/O injected (house rule). */
const pureRuntime = {
  'no-restricted-globals': [
    'error',
    ...[
      'fetch',
      'setTimeout',
      'setInterval',
      'localStorage',
      'indexedDB',
      'window',
      'document',
      'process',
    ].map((name) => ({ name, message: 'shared/ and sync/ are pure: inject it instead.' })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Inject a clock instead of reading Date.now().' },
    { object: 'Math', property: 'random', message: 'Inject a seeded random source instead.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'dev-dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: { ...forbid(['client', 'server', 'sync', 'tests'], 'shared/ imports nothing of ours.') },
  },
  { files: ['sync/**'], rules: { ...forbid(['client', 'server', 'tests'], 'sync/ imports only shared/.') } },
  { files: ['client/**'], rules: { ...forbid(['server', 'tests'], 'client/ never imports server/.') } },
  { files: ['server/**'], rules: { ...forbid(['client', 'tests'], 'server/ never imports client/.') } },
  { files: ['shared/**', 'sync/**'], ignores: ['**/*.test.ts'], rules: pureRuntime },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
