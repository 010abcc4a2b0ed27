import {configDefaults, defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		// The real-MTA tier needs root and Postfix: `npm run test:mta` (vitest.mta.config.ts).
		exclude: [...configDefaults.exclude, 'tests/mta/**'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
	},
});
