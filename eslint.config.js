import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Folder boundaries (ARCHITECTURE.md): shared/ imports no other part; renderer/ and centre/
// never import each other; electron/ holds no business logic and imports only shared/.
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((g) => ({ group: [`**/${g}/**`, `**/${g}`], message: `Import across folder boundary (${g}/) is not allowed; share code through shared/.` })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: { ...reactHooks.configs.recommended.rules, ...forbid('centre', 'electron') } },
  { files: ['shared/**/*.ts'], rules: forbid('centre', 'electron', 'renderer') },
  { files: ['centre/**/*.ts'], rules: forbid('renderer', 'electron') },
  { files: ['electron/**/*.ts'], rules: forbid('renderer', 'centre') },
);
