// Does a 4-port probe take as long as its slowest port, not the sum? Four loopback servers each
// wait 300 ms before their banner. Measures, with the built CLI and `--json` (the run's own
// durationMs, so Node's start-up does not blur the ratio; wall times printed too):
//   A: one probe of all four ports    B: the slowest single port alone    C: the four one after another
// Target: A within 1.15 x B. Prints figures; never fails on timing.
import {assertBuilt, cliPath, format, median, timeNode} from './run-cli.mjs';
import {startSlowSmtp} from './servers.mjs';

const bannerDelayMs = 300;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

async function probe(ports) {
	const run = await timeNode([
		cliPath,
		'check',
		'127.0.0.1',
		'--mode',
		'none',
		'--ports',
		ports.join(','),
		'--json',
	]);
	// Plain-only ports are probed fine but never recommended for submission, so the check
	// exits 1 ("no safe setting"); only a usage error or a crash means the run is not usable.
	if (run.code !== 0 && run.code !== 1) {
		throw new Error(`check exited ${run.code}`);
	}

	return {wall: run.ms, probe: JSON.parse(run.stdout).durationMs};
}

assertBuilt();
const servers = await Promise.all([1, 2, 3, 4].map(() => startSlowSmtp(bannerDelayMs)));
const ports = servers.map((server) => server.port);
try {
	const all = [];
	const single = [];
	const sequential = [];
	for (let round = 0; round < rounds; round++) {
		all.push(await probe(ports));
		const singles = [];
		for (const port of ports) {
			singles.push(await probe([port]));
		}

		// B is the slowest of the four single-port runs; C is their sum.
		single.push(singles.reduce((slowest, run) => (run.probe > slowest.probe ? run : slowest)));
		sequential.push({
			wall: singles.reduce((sum, run) => sum + run.wall, 0),
			probe: singles.reduce((sum, run) => sum + run.probe, 0),
		});
	}

	const a = median(all.map((run) => run.probe));
	const b = median(single.map((run) => run.probe));
	const c = median(sequential.map((run) => run.probe));
	console.log(
		`probe concurrency (4 loopback servers, ${bannerDelayMs} ms banner delay, median of ${rounds})`,
	);
	console.log(
		`  A  4 ports in one probe       ${format(a)}   (wall incl. node start ${format(median(all.map((run) => run.wall)))})`,
	);
	console.log(
		`  B  slowest single port        ${format(b)}   (wall ${format(median(single.map((run) => run.wall)))})`,
	);
	console.log(
		`  C  4 ports one after another  ${format(c)}   (wall ${format(median(sequential.map((run) => run.wall)))})`,
	);
	console.log(
		`  A / B = ${(a / b).toFixed(3)}  (target <= 1.15)   C / A = ${(c / a).toFixed(2)}  (gain from concurrency)`,
	);
} finally {
	await Promise.all(servers.map((server) => server.close()));
}
