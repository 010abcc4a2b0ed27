// Start-to-exit time of the built CLI next to bare Node on the same machine:
//   node -e 0  |  smtp-doctor --version  |  smtp-doctor check --json against a fast local server
// Target: under 1.5 x bare Node (the headless path must not load Ink/React). Median of N runs
// (BENCH_RUNS, default 21) after one warm-up each. Prints figures; never fails on timing.
import {readdirSync, statSync} from 'node:fs';
import {assertBuilt, cliPath, format, median, timeNode} from './run-cli.mjs';
import {startSlowSmtp} from './servers.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);

async function measure(args) {
	await timeNode(args);
	const times = [];
	for (let index = 0; index < runs; index++) {
		times.push((await timeNode(args)).ms);
	}

	return median(times);
}

assertBuilt();
const server = await startSlowSmtp(0);
try {
	const bare = await measure(['-e', '0']);
	const version = await measure([cliPath, '--version']);
	const check = await measure([
		cliPath,
		'check',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--mode',
		'none',
		'--json',
	]);
	const chunks = new URL('../distribution/chunks/', import.meta.url);
	const chunkSizes = readdirSync(chunks).map(
		(name) => `${name} ${(statSync(new URL(name, chunks)).size / 1024).toFixed(0)} KiB`,
	);
	console.log(`startup (median of ${runs} runs, node ${process.version})`);
	console.log(`  node -e 0                       ${format(bare)}`);
	console.log(
		`  smtp-doctor --version           ${format(version)}   ${(version / bare).toFixed(2)} x bare node (target < 1.5)`,
	);
	console.log(
		`  smtp-doctor check --json (fast) ${format(check)}   ${(check / bare).toFixed(2)} x bare node (target < 1.5)`,
	);
	console.log(
		`  distribution/cli.js ${(statSync(cliPath).size / 1024).toFixed(0)} KiB; chunks: ${chunkSizes.join(', ') || 'none'}`,
	);
} finally {
	await server.close();
}
