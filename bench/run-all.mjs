// `npm run bench`: builds first (see package.json), then prints every benchmark's figures, each
// next to its floor and target, `MISSED` when a target is missed, and a closing tally. Figures,
// not pass/fail: the exit code is 0 unless a bench could not run. Counts: BENCH_RUNS (start-up,
// 21), BENCH_TUI_RUNS (9), BENCH_TLS_RUNS (9), BENCH_CPU_RUNS (11), BENCH_ROUNDS (concurrency,
// 7), BENCH_RTT_RUNS (7), BENCH_BATCH_RUNS (3). BENCH_ONLY=startup,rtt,... runs some of them.
import {cpus, loadavg} from 'node:os';
import {closeFixtures} from './fixtures.mjs';
import {printTally} from './report.mjs';
import {inheritedExtraCaCerts} from './run-cli.mjs';

const benches = [
	['startup', './startup.mjs'],
	['tui', './startup-tui.mjs'],
	['tls', './tls-cases.mjs'],
	['cpu', './cpu.mjs'],
	['concurrency', './probe-concurrency.mjs'],
	['rtt', './rtt.mjs'],
	['batch', './batch.mjs'],
];
const only = process.env.BENCH_ONLY?.split(',');
const load = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');
console.log(
	`smtp-doctor bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${load()}, ${new Date().toISOString()}`,
);
console.log(
	`NODE_EXTRA_CA_CERTS is unset for every figure unless a line says otherwise${
		inheritedExtraCaCerts ? ` (this machine sets it to ${inheritedExtraCaCerts})` : ''
	}. Spread: [p25-p75, n].`,
);
try {
	for (const [name, file] of benches) {
		if (!only || only.includes(name)) {
			const bench = await import(file);
			await bench.run();
		}
	}
} finally {
	await closeFixtures();
}

printTally();
console.log(`load average at the end: ${load()}`);
