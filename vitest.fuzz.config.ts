// `npm run fuzz`: the property tests of tests/fuzz/ (fast-check), apart from the main suite.
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/fuzz/**/*.fuzz.ts'],
		globalSetup: ['tests/fuzz/global-setup.ts'],
		testTimeout: 300_000,
		pool: 'forks',
	},
});
