import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'bin/', '*.config.js', 'test/stubs/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core is pure: it runs the same in Node, the browser and Excel.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'path', 'os', 'node:*', 'child_process', 'worker_threads'], message: 'src/core must not import Node modules' },
            { group: ['exceljs', 'docx', 'react', 'react-dom', '@fluentui/*'], message: 'src/core must not import adapters' },
            { group: ['**/io/**', '**/excel/**', '**/taskpane/**', '**/web/**', '**/cli/**'], message: 'src/core must not import adapters' },
          ],
        },
      ],
    },
  },
);
