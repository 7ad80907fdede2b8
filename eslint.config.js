// One flat config for the whole workspace. Syntax-level typescript-eslint (no type information) keeps
// `eslint .` well under a minute on two cores; tsc does the type checking in its own stage.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/_site/',
      '**/.cache/',
      '**/coverage/',
      '**/test-results/',
      'packages/sdk/src/generated/',
      '**/*.d.ts',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Lit's `declare` fields and declaration merging for HTMLElementTagNameMap need these.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'examples/**/*.{ts,tsx,js}', 'docs/**/*.{ts,js}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts', 'examples/**/*.{ts,tsx,js}', 'docs/**/*.{ts,js}'],
    ...wc.configs['flat/recommended'],
  },
  {
    // LitElement always implements the lifecycle callbacks, so `super.connectedCallback()` needs no guard.
    files: ['packages/elements/**/*.ts', 'examples/**/*.{ts,tsx,js}', 'docs/**/*.{ts,js}'],
    rules: {
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Tests may use non-null assertions and loose typing on fixtures; chai's property assertions
    // (`expect(x).to.be.true`) are expressions by design.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/test-utils/**/*.ts', '**/*.bench.ts', '**/*.soak.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
);
