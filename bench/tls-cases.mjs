// Real TLS on loopback: implicit TLS (465) and STARTTLS (587), the test CA passed with --ca and
// with NODE_EXTRA_CA_CERTS, against the bench's node:tls servers and, when scripts/ci/mta.sh
// has one up, a real Postfix. Each case must come out trusted (the CA is honoured both ways);
// prints the probe time, the TLS phase, the first reply after the handshake (the ticket stall:
// the server's Nagle holds that reply until our delayed ACK of its session tickets), and the
// CPU of the whole process.
import {certificates, closeFixtures, isMain, postfix, tlsServers} from './fixtures.mjs';
import {firstReplyAfterTls, portOf, runCheck} from './probe.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {assertBuilt, interleave} from './run-cli.mjs';

const runs = Number(process.env.BENCH_TLS_RUNS ?? 9);

function caseRunner(host, port, caFile, how, extra = []) {
	const [args, env] =
		how === '--ca' ? [['--ca', caFile, ...extra], {}] : [extra, {NODE_EXTRA_CA_CERTS: caFile}];
	return async () => {
		const sample = await runCheck(host, [port], args, {env});
		const portResult = portOf(sample.result, port);
		if (!portResult.tls?.isTrusted) {
			throw new Error(
				`${host}:${port} with ${how}: certificate not trusted (${portResult.verdict.code}, ${portResult.tls?.trustError})`,
			);
		}

		const tlsPhase = portResult.phases.find((phase) => phase.phase === 'tls');
		return {
			...sample,
			verdict: portResult.verdict.code,
			tlsMs: tlsPhase.durationMs,
			afterTlsMs: firstReplyAfterTls(portResult),
		};
	};
}

async function measureServer(title, host, caFile, extra = []) {
	const specs = [
		[465, '--ca'],
		[465, 'NODE_EXTRA_CA_CERTS'],
		[587, '--ca'],
		[587, 'NODE_EXTRA_CA_CERTS'],
	];
	const samples = await interleave(
		specs.map(([port, how]) => caseRunner(host, port, caFile, how, extra)),
		runs,
	);
	heading(`${title} (median of ${runs}; every run trusted)`);
	for (const [index, [port, how]] of specs.entries()) {
		const list = samples[index];
		const pick = (key) => summary(list.map((sample) => sample[key]));
		const label = `${port} ${port === 465 ? 'implicit TLS' : 'STARTTLS'}, ${how}`;
		figure(`${label}: probe`, pick('probeMs').median, {
			spread: pick('probeMs'),
			note: `${list[0].verdict}; wall ${pick('ms').median.toFixed(0)} ms, CPU ${pick('cpuMs').median.toFixed(0)} ms`,
		});
		figure(`${label}: tls phase`, pick('tlsMs').median, {spread: pick('tlsMs')});
		figure(`${label}: first reply after TLS`, pick('afterTlsMs').median, {
			spread: pick('afterTlsMs'),
			floor: 0,
		});
	}
}

export async function run() {
	assertBuilt();
	const certs = await certificates();
	const servers = await tlsServers();
	if (servers.isStandard) {
		await measureServer(
			`real TLS on loopback, bench node:tls server (${servers.host}, TLS 1.3, EC P-256 test CA)`,
			servers.host,
			certs.caFile,
		);
	} else {
		heading('real TLS on loopback: skipped (needs root for ports 465 and 587)');
	}

	const mta = await postfix();
	if (mta.unavailable) {
		heading(`real TLS against Postfix: skipped (${mta.unavailable})`);
	} else {
		await measureServer(
			`real TLS against Postfix ${mta.version} (${mta.address}, scripts/ci/mta.sh)`,
			mta.address,
			mta.ca,
		);
	}
}

if (isMain(import.meta.url)) {
	try {
		await run();
		printTally();
	} finally {
		await closeFixtures();
	}
}
