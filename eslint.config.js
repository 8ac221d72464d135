import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'build/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Values from users, files and the service reach the log only through coreLogger(), which makes them inert
    // (no line of them can start a workflow command); the logger itself is the one place that calls core.info.
    files: ['actions/**/*.ts'],
    ignores: ['actions/_runtime/logger.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: 'Print through coreLogger().info: it keeps values inert.' },
      ],
    },
  },
);
