// Runs the built CLI (or any node command) asynchronously, so in-process servers keep
// answering, and times it from spawn to exit. Where /usr/bin/time exists (Linux), the child's
// CPU time (user + system) is measured too: on a busy shared machine wall time swings with
// other processes' load, CPU time much less.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../distribution/cli.js', import.meta.url));

const timeBinary = '/usr/bin/time';
const hasTime = existsSync(timeBinary);
const scratch = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-bench-'));
process.once('exit', () => {
	rmSync(scratch, {recursive: true, force: true});
});

export function assertBuilt() {
	if (!existsSync(cliPath)) {
		console.error(
			'bench: distribution/cli.js is missing; run `npm run build` first (npm run bench does).',
		);
		process.exit(1);
	}
}

let counter = 0;

/** Spawns `node ...args`; resolves {ms, cpuMs (or undefined), code, stdout}. */
export async function timeNode(args) {
	const env = {...process.env, NO_COLOR: '1'};
	delete env.NODE_OPTIONS;
	const cpuFile = path.join(scratch, `cpu-${counter++}.txt`);
	const [command, commandArgs] = hasTime
		? [timeBinary, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]]
		: [process.execPath, args];
	const start = performance.now();
	const child = spawn(command, commandArgs, {stdio: ['ignore', 'pipe', 'inherit'], env});
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => {
		stdout += chunk;
	});
	const code = await new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	const ms = performance.now() - start;
	let cpuMs;
	if (hasTime) {
		// GNU time prefixes "Command exited with non-zero status N" when the exit code is not 0.
		const last = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1) ?? '';
		const [user, system] = last.trim().split(/\s+/).map(Number);
		cpuMs = (user + system) * 1000;
	}

	return {ms, cpuMs, code, stdout};
}

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const format = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
