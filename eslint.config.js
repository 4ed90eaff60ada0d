// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { layersPlugin } from './eslint/layers.js';

/** Node built-ins, bare and `node:`-prefixed: banned from pure code. */
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

/** The one module allowed to import onnxruntime-node (STYLE.md #6). */
const ORT_BACKEND = 'src/workers/ort/backend.ts';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'models/**',
      'test-results/**',
      'playwright-report/**',
      'training/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The layer graph: no back-edges between the folders of src/ (eslint/layers.js).
  {
    files: ['src/**/*.ts'],
    plugins: { local: layersPlugin },
    rules: { 'local/layers': 'error' },
  },
  {
    files: ['src/renderer/**/*.ts', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  // Everything except the ORT backend: no onnxruntime-node; everything except electron code: no electron.
  {
    files: ['**/*.ts'],
    ignores: [ORT_BACKEND, 'src/main/electron/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'onnxruntime-node', message: `Only ${ORT_BACKEND} imports onnxruntime-node.` },
            {
              name: 'electron',
              message: 'Only src/main/electron and src/preload import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'onnxruntime-node', message: `Only ${ORT_BACKEND} imports onnxruntime-node.` },
          ],
        },
      ],
    },
  },
  // src/shared is pure: it runs in main, workers, renderer and CLI alike (STYLE.md #1).
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is pure: no electron.' },
            { name: 'onnxruntime-node', message: 'src/shared is pure: no onnxruntime-node.' },
            { name: 'ws', message: 'src/shared is pure: no ws.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/shared is pure: no Node built-ins.',
            })),
          ],
          patterns: [{ group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'process',
          'Buffer',
          'require',
          'global',
          'self',
          'localStorage',
        ].map((name) => ({ name, message: 'src/shared is pure: no DOM or Node globals.' })),
      ],
    },
  },
);
