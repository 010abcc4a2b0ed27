// Starts the real MTA (scripts/ci/mta.sh up) before the tier and stops it afterwards. When it
// was already up (a developer ran `mta.sh up` by hand), the tier uses it and leaves it running.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {TestProject} from 'vitest/node';
import type {MtaInfo} from './mta-info.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = path.join(root, 'scripts/ci/mta.sh');

function mta(command: 'up' | 'down' | 'status', isQuiet = false): number {
	const result = spawnSync('bash', [script, command], {
		cwd: root,
		stdio: ['ignore', isQuiet ? 'ignore' : 'inherit', 'inherit'],
	});
	return result.status ?? 1;
}

/** `mta.sh env`: the KEY=value lines of mta.env (no secret in them: the password stays in its file). */
function readEnv(): Record<string, string> {
	const result = spawnSync('bash', [script, 'env'], {cwd: root, encoding: 'utf8'});
	if (result.status !== 0) {
		throw new Error(`scripts/ci/mta.sh env failed: ${result.stderr.trim()}`);
	}

	const values: Record<string, string> = {};
	for (const line of result.stdout.split('\n')) {
		const index = line.indexOf('=');
		if (index > 0) {
			values[line.slice(0, index)] = line.slice(index + 1);
		}
	}

	return values;
}

export default function setup(project: TestProject): () => void {
	const wasUp = mta('status', true) === 0;
	const started = Date.now();
	if (mta('up') !== 0) {
		throw new Error('scripts/ci/mta.sh up failed (its output is above)');
	}

	const env = readEnv();
	const need = (key: string): string => {
		const value = env[key];
		if (!value) {
			throw new Error(`mta.env has no ${key}`);
		}

		return value;
	};

	const info: MtaInfo = {
		address: need('MTA_ADDRESS'),
		ca: need('MTA_CA'),
		user: need('MTA_USER'),
		passwordFile: need('MTA_PASSWORD_FILE'),
		postfixConfig: need('MTA_POSTFIX_CONFIG'),
		postfixLog: need('MTA_POSTFIX_LOG'),
		dovecotLog: need('MTA_DOVECOT_LOG'),
		postscreenPort: Number(need('MTA_POSTSCREEN_PORT')),
		isFresh: !wasUp,
	};
	project.provide('mta', info);
	console.log(
		`mta tier: MTA ${wasUp ? 'was already up' : 'started'} in ${Date.now() - started} ms`,
	);
	return () => {
		if (!wasUp) {
			mta('down');
		}
	};
}
