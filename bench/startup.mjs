// Start-to-exit time of the built CLI next to bare Node on the same machine:
//   node -e 0  |  smtp-doctor --version  |  smtp-doctor check --json against a fast local server
// Target: under 1.5 x bare Node (the headless path must not load Ink/React). Median of N runs
// (BENCH_RUNS, default 21) after one warm-up each; the cases run round-robin so a load spike on
// a shared machine hits all of them alike. Also prints the fastest run and, on Linux, the median
// CPU time (less sensitive to other processes). Prints figures; never fails on timing.
import {readdirSync, statSync} from 'node:fs';
import {assertBuilt, cliPath, format, median, timeNode} from './run-cli.mjs';
import {startSlowSmtp} from './servers.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);

async function measureAll(cases) {
	for (const args of cases) {
		await timeNode(args);
	}

	const samples = cases.map(() => []);
	for (let round = 0; round < runs; round++) {
		for (const [index, args] of cases.entries()) {
			samples[index].push(await timeNode(args));
		}
	}

	return samples.map((list) => ({
		wall: median(list.map((sample) => sample.ms)),
		fastest: Math.min(...list.map((sample) => sample.ms)),
		cpu: list[0].cpuMs === undefined ? undefined : median(list.map((sample) => sample.cpuMs)),
	}));
}

assertBuilt();
const server = await startSlowSmtp(0);
try {
	const cases = [
		['node -e 0', ['-e', '0']],
		['smtp-doctor --version', [cliPath, '--version']],
		[
			'smtp-doctor check --json (fast)',
			[cliPath, 'check', '127.0.0.1', '--ports', String(server.port), '--mode', 'none', '--json'],
		],
	];
	const results = await measureAll(cases.map(([, args]) => args));
	const [bare] = results;
	const ratio = (value, base) =>
		value === undefined || base === undefined ? '  -  ' : `${(value / base).toFixed(2)} x`;
	console.log(
		`startup (median of ${runs} interleaved runs, node ${process.version}; target < 1.5 x bare node)`,
	);
	console.log(
		`  ${''.padEnd(32)} ${'median wall'.padStart(10)} ${'ratio'.padStart(7)}   ${'fastest'.padStart(10)} ${'ratio'.padStart(7)}   ${'median CPU'.padStart(10)} ${'ratio'.padStart(7)}`,
	);
	for (const [index, [name]] of cases.entries()) {
		const result = results[index];
		console.log(
			`  ${name.padEnd(32)} ${format(result.wall)} ${ratio(result.wall, bare.wall).padStart(7)}   ${format(result.fastest)} ${ratio(result.fastest, bare.fastest).padStart(7)}   ${result.cpu === undefined ? '         -' : format(result.cpu)} ${ratio(result.cpu, bare.cpu).padStart(7)}`,
		);
	}

	const chunks = new URL('../distribution/chunks/', import.meta.url);
	const chunkSizes = readdirSync(chunks).map(
		(name) => `${name} ${(statSync(new URL(name, chunks)).size / 1024).toFixed(0)} KiB`,
	);
	console.log(
		`  distribution/cli.js ${(statSync(cliPath).size / 1024).toFixed(0)} KiB; chunks: ${chunkSizes.join(', ') || 'none'}`,
	);
} finally {
	await server.close();
}
