import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

/** Everything the pure domain core must never import: UI frameworks, the store, the editor, the DOM side. */
const coreForbiddenImports = {
  paths: [
    { name: 'react', message: 'src/core is framework-free: no React.' },
    { name: 'react-dom', message: 'src/core is framework-free: no React.' },
    { name: 'zustand', message: 'src/core is framework-free: state lives in src/store.' },
    { name: 'monaco-editor', message: 'src/core is framework-free: Monaco belongs to features/yaml-editor.' },
    { name: 'monaco-yaml', message: 'src/core is framework-free: Monaco belongs to features/yaml-editor.' },
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*', 'monaco-yaml/*'],
      message: 'src/core is framework-free.',
    },
    {
      group: ['@xyflow/*', 'reactflow', 'd3*', 'elkjs', 'dagre'],
      message: 'src/core knows no diagram library.',
    },
    {
      group: ['**/store/**', '**/features/**', '**/app/**', '../store', '../features', '../app'],
      message: 'src/core must not import UI folders.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'scratch',
      'dist',
      // Other build folders: dist-bench (npm run bench), DIST_DIR of parallel e2e runs (as in .gitignore).
      'dist-*',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'bench/floor/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, regexp },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Patterns meet hostile text (imports, share links, names): none may backtrack or scan super-linearly.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name exports explicitly (no export *).' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', coreForbiddenImports] },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
