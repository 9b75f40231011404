// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'demo-output/**', '.tmp/**'] },
  ...tseslint.configs.strict,
  {
    rules: {
      // Data from storage, files and pages is `unknown` until validated.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Set text, never HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Set text, never HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Set text, never HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Extension code goes through webextension-polyfill (\`browser\`), never the raw global.
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'webextension-polyfill'." }] },
  },
  {
    // The pure core never touches the DOM or browser APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'location'],
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/ui/**'] }],
    },
  },
);
