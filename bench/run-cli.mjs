// Runs the built CLI (or any command) asynchronously, so in-process servers keep answering,
// and times it from spawn to exit.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../distribution/cli.js', import.meta.url));

export function assertBuilt() {
	if (!existsSync(cliPath)) {
		console.error(
			'bench: distribution/cli.js is missing; run `npm run build` first (npm run bench does).',
		);
		process.exit(1);
	}
}

/** Spawns `node ...args`; resolves {ms, code, stdout}. */
export async function timeNode(args) {
	const env = {...process.env, NO_COLOR: '1'};
	delete env.NODE_OPTIONS;
	const start = performance.now();
	const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit'], env});
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => {
		stdout += chunk;
	});
	const code = await new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	return {ms: performance.now() - start, code, stdout};
}

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const format = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
