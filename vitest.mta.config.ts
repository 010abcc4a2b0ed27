// The real-MTA tier (`npm run test:mta`): Postfix and Dovecot SASL started by scripts/ci/mta.sh
// on 127.0.88.1, the built CLI run against them. Kept out of `npm test` (vitest.config.ts).
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/mta/**/*.test.ts'],
		globalSetup: ['tests/mta/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: 'forks',
		// One MTA, one Dovecot: failed logins are answered after auth_failure_delay and Dovecot's
		// per-IP penalty would slow logins of a file running beside them, so files run in turn.
		fileParallelism: false,
	},
});
