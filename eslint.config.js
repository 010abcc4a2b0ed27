import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import {floorRules} from './eslint.floors.js';

export default tseslint.config(
	{
		ignores: [
			'node_modules/',
			'distribution/',
			'build-tsc/',
			'coverage/',
			'media/',
			'.tmp/',
			'.cache/',
			'release/',
		],
	},
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ['*.js', '*.mjs', 'bench/*.mjs', 'bench/*.cjs', 'scripts/*.mjs'],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
		},
	},
	// The import borders: cli/ui -> features -> report/state/i18n -> config -> engine. One
	// `no-restricted-imports` rule (and a `no-restricted-syntax` one for `import()`) per folder
	// and depth, made in eslint.floors.js; tests/architecture/floors.test.ts walks the graph too.
	...floorRules(),
	{
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// bench/floor-probe.cjs: CommonJS on purpose (the least Node program starts no ESM loader).
		files: ['**/*.cjs'],
		languageOptions: {sourceType: 'commonjs'},
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
);
