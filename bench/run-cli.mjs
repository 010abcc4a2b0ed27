// Runs the built CLI (or any command) asynchronously, so in-process servers keep answering, and
// times it from spawn to exit. Where /usr/bin/time exists (Linux), the child's CPU time (user +
// system) and peak RSS are measured too: on a busy shared machine wall time swings with other
// processes' load, CPU time much less.
//
// NODE_EXTRA_CA_CERTS: these machines set it to the system bundle, which makes every Node start
// parse ~140 more certificates (~30 ms). Users do not have it, so it is removed here for every
// child (the pty benches inherit process.env too); a case that wants it passes it in `env`.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';

/** The CLI under test: distribution/cli.cjs (the bin users run), or BENCH_CLI (another build, to compare two). */
export const cliPath =
	process.env.BENCH_CLI ?? fileURLToPath(new URL('../distribution/cli.cjs', import.meta.url));
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** What NODE_EXTRA_CA_CERTS was when the bench started (removed for every child). */
export const inheritedExtraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
delete process.env.NODE_EXTRA_CA_CERTS;
delete process.env.NODE_OPTIONS;

// CPU and peak RSS of the child from wait4(2): bench/rusage.py (microseconds) when python3 is
// there, else GNU time (centiseconds), else wall time only.
const rusageScript = fileURLToPath(new URL('rusage.py', import.meta.url));
const python = ['/usr/bin/python3', '/usr/local/bin/python3'].find((file) => existsSync(file));
const timeBinary = '/usr/bin/time';
const meter = python ? 'rusage' : existsSync(timeBinary) ? 'time' : undefined;
export const hasTime = meter !== undefined;
const scratch = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-bench-'));
process.once('exit', () => {
	rmSync(scratch, {recursive: true, force: true});
});

/** A fresh folder inside the bench's scratch folder (removed at exit). */
export function scratchDirectory(name) {
	return mkdtempSync(path.join(scratch, `${name}-`));
}

export function assertBuilt() {
	if (!existsSync(cliPath)) {
		console.error(
			'bench: distribution/cli.js is missing; run `npm run build` first (npm run bench does).',
		);
		process.exit(1);
	}
}

let counter = 0;

/**
 * Spawns `command ...args`; resolves {ms, cpuMs, rssMiB (undefined without /usr/bin/time), code,
 * stdout, stderr}. `env` is merged over process.env (undefined values delete); `input` goes to stdin.
 */
export async function timeCommand(command, args, {env: extraEnv = {}, input, wrap = []} = {}) {
	const env = {...process.env, NO_COLOR: '1'};
	for (const [key, value] of Object.entries(extraEnv)) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}

	const statsFile = path.join(scratch, `time-${counter++}.txt`);
	const full = [...wrap, command, ...args];
	const [file, fileArgs] =
		meter === 'rusage'
			? [python, [rusageScript, statsFile, ...full]]
			: meter === 'time'
				? [timeBinary, ['-f', '%U %S %M', '-o', statsFile, ...full]]
				: [full[0], full.slice(1)];
	const start = performance.now();
	const child = spawn(file, fileArgs, {
		stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		env,
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk) => {
		stderr += chunk;
	});
	if (input !== undefined) {
		child.stdin.on('error', () => undefined);
		child.stdin.end(input);
	}

	const code = await new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	let ms = performance.now() - start;
	let cpuMs;
	let rssMiB;
	if (hasTime) {
		// GNU time prefixes "Command exited with non-zero status N" when the exit code is not 0.
		const last = readFileSync(statsFile, 'utf8').trim().split('\n').at(-1) ?? '';
		const [user, system, maxRssKiB, wallMs] = last.trim().split(/\s+/).map(Number);
		cpuMs = meter === 'rusage' ? user + system : (user + system) * 1000;
		// rusage.py times fork to exit itself, without Python's start-up.
		if (meter === 'rusage' && Number.isFinite(wallMs)) {
			ms = wallMs;
		}

		rssMiB = maxRssKiB / 1024;
	}

	return {ms, cpuMs, rssMiB, code, stdout, stderr};
}

/** Spawns `node ...args` (see timeCommand). */
export async function timeNode(args, options) {
	return timeCommand(process.execPath, args, options);
}

/**
 * Runs every case once to warm the file cache, then `rounds` rounds of all cases one after
 * another (interleaved: a load spike on the shared machine hits every case alike). `cases` are
 * functions returning a promise of a sample; returns one array of samples per case.
 */
export async function interleave(cases, rounds) {
	for (const run of cases) {
		await run();
	}

	const samples = cases.map(() => []);
	for (let round = 0; round < rounds; round++) {
		for (const [index, run] of cases.entries()) {
			samples[index].push(await run());
		}
	}

	return samples;
}

export {median} from './report.mjs';

export const format = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
