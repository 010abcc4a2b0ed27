// `check --targets` with 1,000 hosts: targets per second, CPU milliseconds per target and peak
// RSS of the one batch process, next to a shell loop of single `check HOST` runs measured in
// the same run (the way a fleet is checked without batch mode). Two fleets of 1,000 loopback
// addresses, served from this process (so the child's CPU and RSS are the tool's alone):
//   plain  127.0.80.1 ...: two ports of the plain server of bench/servers.mjs (banner, EHLO, QUIT);
//   TLS    127.0.84.1 ...: as root, the real 465 (implicit TLS) and 587 (STARTTLS, AUTH) of the
//          bench's TLS server, ECDSA certificates (one per 20 addresses, one CA), with --ca:
//          the case the targets are for (two handshakes and a certificate judgement per host).
// Default --concurrency (32). Targets: >= 150 targets/s, <= 12 ms CPU per target, peak RSS
// <= 120 MiB. BENCH_BATCH_RUNS (3) batch runs, BENCH_LOOP_TARGETS (40) for the loop (its
// figures are per target, so they compare directly).
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {isMain} from './fixtures.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {assertBuilt, cliPath, scratchDirectory, timeCommand, timeNode} from './run-cli.mjs';
import {startFleet} from './servers.mjs';
import {makeTestCertificates, signLeaf, startSmtpServer} from './tls-servers.mjs';

const targetCount = 1000;
const runs = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const loopTargets = Number(process.env.BENCH_LOOP_TARGETS ?? 40);
const groupSize = 20;

/** The 1,000 addresses 127.0.<base>.1 ... (250 per third octet). */
function fleetAddresses(base) {
	return Array.from(
		{length: targetCount},
		(_, index) => `127.0.${base + Math.floor(index / 250)}.${(index % 250) + 1}`,
	);
}

/** The TLS fleet: 465 implicit TLS and 587 STARTTLS on every address (root only). */
async function startTlsFleet(base) {
	const addresses = fleetAddresses(base);
	// One CA; a leaf per 20 addresses, as hosting certificates name a few dozen names at most
	// (a leaf naming all 1,000 would make every certificate read cost ten times more).
	const root = await makeTestCertificates(addresses.slice(0, groupSize));
	const servers = [];
	try {
		for (let start = 0; start < addresses.length; start += groupSize) {
			const group = addresses.slice(start, start + groupSize);
			const leaf = start === 0 ? root : await signLeaf(root.issuer, group);
			const certificates = {key: leaf.key ?? leaf.private, cert: leaf.cert};
			for (const host of group) {
				servers.push(await startSmtpServer({host, port: 465, kind: 'implicit', certificates}));
				servers.push(await startSmtpServer({host, port: 587, kind: 'starttls', certificates}));
			}
		}
	} catch (error) {
		await Promise.all(servers.map(async (server) => server.close()));
		throw error;
	}

	return {
		addresses,
		ports: [465, 587],
		extra: ['--ca', root.caFile],
		async close() {
			await Promise.all(servers.map(async (server) => server.close()));
		},
	};
}

async function measureFleet(name, fleet) {
	const folder = scratchDirectory('batch');
	const file = path.join(folder, 'targets.txt');
	writeFileSync(file, `${fleet.addresses.join('\n')}\n`);
	const loopFile = path.join(folder, 'loop.txt');
	writeFileSync(loopFile, `${fleet.addresses.slice(0, loopTargets).join('\n')}\n`);
	const ports = fleet.ports.join(',');
	const extra = fleet.extra ?? [];
	const batch = [];
	for (let index = 0; index < runs; index++) {
		const result = await timeNode([
			cliPath,
			'check',
			'--targets',
			file,
			'--ports',
			ports,
			...extra,
			'--json',
		]);
		const lines = result.stdout.trim().split('\n');
		const last = JSON.parse(lines.at(-1) ?? '{}');
		if (last.summary?.finished !== targetCount || lines.length !== targetCount + 1) {
			throw new Error(
				`batch bench: expected ${targetCount} runs, got ${lines.length - 1}: ${result.stderr.slice(0, 200)}`,
			);
		}

		batch.push({...result, summary: last.summary});
	}

	// The same hosts one `check` at a time from a shell loop, as a fleet is checked without
	// --targets (each run is one Node start, its ports probed at once).
	const loop = await timeCommand('sh', [
		'-c',
		'while read -r host; do "$0" "$1" check "$host" --ports "$2" "$@" --json >/dev/null; done < "$3"',
		process.execPath,
		cliPath,
		ports,
		loopFile,
		...extra,
	]);

	const outcomes = Object.entries(batch[0].summary.outcomes)
		.filter(([, count]) => count > 0)
		.map(([outcome, count]) => `${count} ${outcome}`)
		.join(', ');
	heading(
		`check --targets, ${name}: ${targetCount} loopback hosts x ports ${ports}, --concurrency 32 (${runs} runs; ${outcomes}), and a shell loop of ${loopTargets} single runs`,
	);
	const perSecond = summary(batch.map((item) => targetCount / (item.ms / 1000)));
	// Higher is better for a rate, and the tally compares "lower is better": so the figure is
	// wall ms per target (target 1000/150 = 6.7 ms), with the rate next to it.
	const msPer = summary(batch.map((item) => item.ms / targetCount));
	figure(`${name} batch: wall ms per target`, msPer.median, {
		spread: msPer,
		target: 1000 / 150,
		note: `${perSecond.median.toFixed(0)} targets/s (target >= 150); peak sockets ${batch[0].summary.peakInFlight}`,
	});
	if (batch[0].cpuMs !== undefined) {
		const cpu = summary(batch.map((item) => item.cpuMs / targetCount));
		figure(`${name} batch: CPU ms per target`, cpu.median, {spread: cpu, target: 12});
		const rss = summary(batch.map((item) => item.rssMiB));
		figure(`${name} batch: peak RSS, 1,000 targets`, rss.median, {
			unit: 'MiB',
			spread: rss,
			target: 120,
		});
	}

	const loopPer = loop.ms / loopTargets;
	figure(`${name} shell loop: wall ms per target`, loopPer, {
		note: `${(1000 / loopPer).toFixed(0)} targets/s; the batch is ${(loopPer / msPer.median).toFixed(1)} x faster`,
	});
	if (loop.cpuMs !== undefined) {
		figure(`${name} shell loop: CPU ms per target`, loop.cpuMs / loopTargets, {
			note: `peak RSS of one run ${loop.rssMiB.toFixed(1)} MiB`,
		});
	}
}

export async function run() {
	assertBuilt();
	const plain = await startFleet(targetCount, 80);
	try {
		await measureFleet('plain', plain);
	} finally {
		await plain.close();
	}

	if (process.getuid?.() !== 0) {
		console.log('  TLS fleet skipped: ports 465 and 587 need root');
		return;
	}

	const tlsFleet = await startTlsFleet(84);
	try {
		await measureFleet('TLS', tlsFleet);
	} finally {
		await tlsFleet.close();
	}
}

if (isMain(import.meta.url)) {
	await run();
	printTally();
}
