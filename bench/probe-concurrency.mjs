// Does a 4-port probe take as long as its slowest port, not the sum? Four loopback servers each
// wait 300 ms before their banner. Measured with the built CLI and `--json` (the run's own
// durationMs, so Node's start-up does not blur the ratio; wall times printed too):
//   A: one probe of all four ports    B: the slowest single port alone    C: the four one after another
// Target: A within 1.15 x B. Cases:
//   plain      four plain-text servers, --mode none (the concurrency of the engine itself);
//   TLS        the four standard ports of a real TLS server (25/587/2525 STARTTLS, 465 implicit)
//              with --ca, banner at once: per-port synchronous costs (handshake, judging the
//              certificate) add up in A and show as A > B;
//   TLS, 300   the same with the 300 ms banner delay. A synchronous cost in one port blocks every
//              port's events at once: printed as the longest loopback connect in A (floor: a few
//              ms), which is 465's trust-store build landing on the other ports' connects.
import {
	certificates,
	closeFixtures,
	isMain,
	onClose,
	slowServerCandidates,
	tlsServers,
} from './fixtures.mjs';
import {runCheck} from './probe.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {assertBuilt} from './run-cli.mjs';
import {startSlowSmtp} from './servers.mjs';
import {startStandardServers} from './tls-servers.mjs';

const bannerDelayMs = 300;
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

async function measure(name, host, ports, extra, codes, delayMs = bannerDelayMs) {
	const all = [];
	const single = [];
	const sequential = [];
	for (let round = 0; round < rounds; round++) {
		all.push(await runCheck(host, ports, extra, {codes}));
		const singles = [];
		for (const port of ports) {
			singles.push(await runCheck(host, [port], extra, {codes}));
		}

		// B is the slowest of the four single-port runs; C is their sum.
		single.push(singles.reduce((slowest, run) => (run.probeMs > slowest.probeMs ? run : slowest)));
		sequential.push({
			ms: singles.reduce((sum, run) => sum + run.ms, 0),
			probeMs: singles.reduce((sum, run) => sum + run.probeMs, 0),
		});
	}

	const probe = (list) => summary(list.map((run) => run.probeMs));
	const wall = (list) => summary(list.map((run) => run.ms)).median.toFixed(0);
	heading(
		`probe concurrency, ${name} (4 loopback servers, ${delayMs} ms banner delay, median of ${rounds})`,
	);
	figure('A  4 ports in one probe', probe(all).median, {
		spread: probe(all),
		note: `wall incl. node start ${wall(all)} ms`,
	});
	figure('B  slowest single port', probe(single).median, {
		spread: probe(single),
		note: `wall ${wall(single)} ms`,
	});
	figure('C  4 ports one after another', probe(sequential).median, {
		spread: probe(sequential),
		note: `wall ${wall(sequential)} ms`,
	});
	const ratios = summary(all.map((run, index) => run.probeMs / single[index].probeMs));
	figure(`A / B, ${name}`, ratios.median, {unit: 'x', spread: ratios, floor: 1, target: 1.15});
	const gain = probe(sequential).median / probe(all).median;
	console.log(`  C / A = ${gain.toFixed(2)} (the gain from concurrency)`);
	const blocked = summary(
		all.map((run) =>
			Math.max(
				...run.result.ports.flatMap((port) =>
					port.phases.filter((phase) => phase.phase === 'connect').map((phase) => phase.durationMs),
				),
			),
		),
	);
	figure('longest loopback connect in A (event loop blocked)', blocked.median, {
		spread: blocked,
		floor: 3,
	});
}

export async function run() {
	assertBuilt();
	const plain = await Promise.all([1, 2, 3, 4].map(async () => startSlowSmtp(bannerDelayMs)));
	onClose(async () => Promise.all(plain.map((server) => server.close())));
	// Plain-only ports are probed fine but never recommended for submission, so the check
	// exits 1 ("no safe setting"); only a usage error or a crash means the run is not usable.
	await measure(
		'plain',
		'127.0.0.1',
		plain.map((server) => server.port),
		['--mode', 'none'],
		[0, 1],
	);

	const certs = await certificates();
	const servers = await tlsServers();
	const slow = await startStandardServers(slowServerCandidates, certs, {bannerDelayMs});
	if (!slow || !servers.isStandard) {
		heading('probe concurrency, TLS: skipped (needs root for the standard ports)');
		return;
	}

	onClose(async () => slow.close());
	const tlsArgs = ['--ca', certs.caFile];
	await measure('TLS, --ca', servers.host, servers.ports, tlsArgs, [0], 0);
	await measure('TLS, --ca, slow banner', slow.host, [25, 465, 587, 2525], tlsArgs, [0]);
}

if (isMain(import.meta.url)) {
	try {
		await run();
		printTally();
	} finally {
		await closeFixtures();
	}
}
