// Compares builds side by side, interleaved in the same rounds (same load): for measuring a
// change before committing it. Copy distribution/ somewhere before the change, build after it:
//
//   cp -r distribution /tmp/before && (edit, npm run build)
//   node bench/compare.mjs /tmp/before/cli.js distribution/cli.js
//
// Figures per build: --version and check --json (4 TLS ports, --ca) wall, CPU and RSS on
// loopback; the 587 and 465 probes (durationMs) over the 100 ms link when it can be built, and
// through the delay proxy. COMPARE_RUNS rounds (default 9); COMPARE_ONLY=startup,link,relay.
import path from 'node:path';
import {startDelayProxy} from './delay-proxy.mjs';
import {certificates, closeFixtures, onClose, proxyCandidates, tlsServers} from './fixtures.mjs';
import {linkServerAddress, startLink} from './link.mjs';
import {firstReplyAfterTls, portOf, runCheck} from './probe.mjs';
import {summary} from './report.mjs';
import {interleave, timeNode} from './run-cli.mjs';

const builds = process.argv.slice(2).map((file) => path.resolve(file));
if (builds.length === 0) {
	console.error('usage: node bench/compare.mjs BUILD/cli.js [BUILD/cli.js ...]');
	process.exit(2);
}

const runs = Number(process.env.COMPARE_RUNS ?? 9);
const only = process.env.COMPARE_ONLY?.split(',');
const wants = (name) => !only || only.includes(name);
const show = (values) => {
	const s = summary(values);
	return `${s.median.toFixed(1).padStart(7)} [${s.p25.toFixed(0)}-${s.p75.toFixed(0)}]`;
};

/** Runs `make(cli)` for every build, interleaved; prints one row per build and figure. */
async function compare(title, make, figures) {
	const samples = await interleave(
		builds.map((cli) => make(cli)),
		runs,
	);
	console.log(`\n${title} (median [p25-p75] of ${runs})`);
	for (const [name, pick] of figures) {
		for (const [index, cli] of builds.entries()) {
			const values = samples[index]
				.map((sample) => pick(sample))
				.filter((value) => value !== undefined);
			console.log(`  ${name.padEnd(34)} ${show(values)}   ${cli}`);
		}
	}
}

try {
	const certs = await certificates();
	const servers = await tlsServers();
	const caArgs = ['--ca', certs.caFile];
	if (wants('startup')) {
		await compare('--version', (cli) => async () => timeNode([cli, '--version']), [
			['--version wall ms', (sample) => sample.ms],
			['--version CPU ms', (sample) => sample.cpuMs],
		]);
		await compare(
			`check --json ${servers.host} 4 TLS ports --ca`,
			(cli) => async () =>
				runCheck(servers.host, servers.ports, [...servers.modeArgs, ...caArgs], {cli}),
			[
				['wall ms', (sample) => sample.ms],
				['probe (durationMs)', (sample) => sample.probeMs],
				['CPU ms', (sample) => sample.cpuMs],
				['peak RSS MiB', (sample) => sample.rssMiB],
			],
		);
	}

	const portFigures = (port) => [
		[`${port} probe (durationMs)`, (sample) => sample.probeMs],
		[`${port} first reply after TLS`, (sample) => firstReplyAfterTls(portOf(sample.result, port))],
		[
			`${port} tls phase`,
			(sample) =>
				portOf(sample.result, port).phases.find((phase) => phase.phase === 'tls')?.durationMs,
		],
	];
	if (wants('link')) {
		const link = await startLink({oneWayMs: 50, certificates: certs});
		if (link.unavailable) {
			console.log(`\nlink: skipped (${link.unavailable})`);
		} else {
			try {
				for (const port of [587, 465]) {
					await compare(
						`${port} over the 100 ms link`,
						(cli) => async () =>
							runCheck(linkServerAddress, [port], caArgs, {cli, wrap: link.wrap}),
						portFigures(port),
					);
				}
			} finally {
				await link.close();
			}
		}
	}

	if (wants('relay') && servers.isStandard) {
		const proxies = [];
		for (const port of [465, 587]) {
			proxies.push(
				await startDelayProxy({
					host: proxyCandidates[0],
					port,
					targetHost: servers.host,
					targetPort: port,
					oneWayMs: 50,
				}),
			);
		}

		onClose(async () => Promise.all(proxies.map((proxy) => proxy.close())));
		for (const port of [587, 465]) {
			await compare(
				`${port} through the 100 ms relay`,
				(cli) => async () => runCheck(proxyCandidates[0], [port], caArgs, {cli}),
				portFigures(port),
			);
		}
	}
} finally {
	await closeFixtures();
}
