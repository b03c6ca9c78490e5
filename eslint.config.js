import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { featureEntryRule } from './eslint/featureEntryRule.js';

// The import rules of DESIGN.md, enforced so the picture in the design stays true.
const clientLayers = [
  '**/app/**',
  '**/ui/**',
  '**/features/**',
  '**/db/**',
  '**/sync/**',
  '**/content/**',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'data',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!./*'], message: 'domain/ imports nothing of ours.' }] },
      ],
      'no-restricted-globals': [
        'error',
        'fetch',
        'indexedDB',
        'localStorage',
        'document',
        'window',
      ],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/sync/**', '**/features/**', '**/app/**', '**/ui/**', '**/server/**'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sync/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/app/**', '**/ui/**', '**/server/**'] }] },
      ],
    },
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    plugins: { carta: { rules: { 'feature-entry': featureEntryRule } } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'] }] }],
      // The UI reaches the network only through sync/.
      'no-restricted-globals': ['error', 'fetch'],
      'carta/feature-entry': 'error',
    },
  },
  {
    // The shared UI kit serves the features and the shell, and knows neither: the shell is the only
    // place that knows every feature.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'] },
            {
              group: ['**/features/**', '**/app/**'],
              message: 'ui/ imports neither features nor app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: clientLayers.map((p) => p.replace('**/', '../')),
              message: 'server/ imports domain/ only.',
            },
            {
              group: [
                '../../app/*',
                '../../ui/*',
                '../../features/*',
                '../../db/*',
                '../../sync/*',
                '../../content/*',
              ],
            },
          ],
        },
      ],
    },
  },
);
