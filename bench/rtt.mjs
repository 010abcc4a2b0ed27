// The probe on a 100 ms round trip (50 ms each way), where every waited round trip shows:
//
// - link: a real routed link between two network namespaces (link.mjs; TCP end to end, so the
//   connect, the ACKs and the TLS 1.3 ticket stall cost what they cost on a real path). The
//   issue's targets apply here: STARTTLS 6 RTT (connect, greeting, EHLO, STARTTLS, TLS 1.3,
//   EHLO) + 1 RTT waiting for the session tickets = 700 ms, target 735; implicit TLS 4 RTT
//   (connect, TLS, greeting, EHLO) + 1 RTT stall = 500 ms, target 525. On 465 the stall is one
//   round trip plus our kernel's delayed ACK of the tickets (40 ms minimum on Linux): the server
//   holds its banner until that ACK, and no client can send anything before the banner to carry
//   it (openssl s_client shows the same), so the floor printed there is 5 RTT + 40 ms, above the
//   issue's target. Floors are scaled to the link's measured RTT.
// - relay: the node:net delay proxy (delay-proxy.mjs), on loopback. It cannot model TCP: the
//   connect is free and no ACK crosses it, so its floors are 5 RTT (STARTTLS: greeting, EHLO,
//   STARTTLS, TLS, EHLO) and 3 RTT (implicit: TLS, greeting, EHLO), and the ticket stall is one
//   loopback delayed ACK at most. Targets: those floors plus the issue's slack (35 / 25 ms).
//
// QUIT is not in any floor: the verdict is settled before it (RFC 5321 makes waiting for 221 a
// SHOULD). Prints the phase timeline and transcript of one run of each, to see the round trips.
import {startDelayProxy} from './delay-proxy.mjs';
import {
	certificates,
	closeFixtures,
	isMain,
	onClose,
	postfix,
	proxyCandidates,
	tlsServers,
} from './fixtures.mjs';
import {linkServerAddress, measureLinkRtt, startLink} from './link.mjs';
import {firstReplyAfterTls, portOf, printTimeline, runCheck} from './probe.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {assertBuilt, interleave} from './run-cli.mjs';

const runs = Number(process.env.BENCH_RTT_RUNS ?? 7);
const oneWayMs = Number(process.env.BENCH_ONE_WAY_MS ?? 50);
const rttMs = oneWayMs * 2;
/** Linux's minimum delayed-ACK time (TCP_DELACK_MIN): the 465 banner waits for it. */
const delayedAckMs = 40;

/** Runs `specs` ({label, host, port, extra, wrap, floor, target}) interleaved and prints them. */
async function measure(title, specs) {
	const samples = await interleave(
		specs.map(
			(spec) => async () =>
				runCheck(spec.host, [spec.port], spec.extra, {wrap: spec.wrap, codes: spec.codes}),
		),
		runs,
	);
	heading(title);
	for (const [index, spec] of specs.entries()) {
		const probe = summary(samples[index].map((sample) => sample.probeMs));
		const after = summary(
			samples[index].map(
				(sample) => firstReplyAfterTls(portOf(sample.result, spec.port)) ?? Number.NaN,
			),
		);
		const quit = summary(
			samples[index].map(
				(sample) =>
					portOf(sample.result, spec.port).phases.find((phase) => phase.phase === 'quit')
						?.durationMs ?? 0,
			),
		);
		figure(spec.label, probe.median, {
			spread: probe,
			floor: spec.floor,
			target: spec.target,
			note: `${portOf(samples[index][0].result, spec.port).verdict.code}; first reply after TLS ${after.median.toFixed(0)} ms, QUIT ${quit.median.toFixed(0)} ms`,
		});
	}

	for (const [index, spec] of specs.entries()) {
		// The run closest to the median, so the timeline is a typical one.
		const list = samples[index];
		const middle = summary(list.map((sample) => sample.probeMs)).median;
		const typical = list.reduce((best, sample) =>
			Math.abs(sample.probeMs - middle) < Math.abs(best.probeMs - middle) ? sample : best,
		);
		console.log(`  timeline, ${spec.label} (a run near the median; phase start+duration ms):`);
		printTimeline(typical.result);
	}
}

/** Delay proxies on ports 465 and 587 of a free proxy address, towards `target`; returns the address. */
async function startRelays(target, oneWay, taken = []) {
	for (const host of proxyCandidates.filter((candidate) => !taken.includes(candidate))) {
		const proxies = [];
		try {
			for (const port of [465, 587]) {
				proxies.push(
					await startDelayProxy({
						host,
						port,
						targetHost: target,
						targetPort: port,
						oneWayMs: oneWay,
					}),
				);
			}

			onClose(async () => Promise.all(proxies.map((proxy) => proxy.close())));
			return host;
		} catch (error) {
			await Promise.all(proxies.map((proxy) => proxy.close()));
			if (error?.code !== 'EADDRINUSE') {
				throw error;
			}
		}
	}

	throw new Error(`no free proxy address among ${proxyCandidates.join(', ')}`);
}

export async function run() {
	assertBuilt();
	const certs = await certificates();
	const servers = await tlsServers();
	const caArgs = ['--ca', certs.caFile];

	// The link first: the true figures.
	const link = await startLink({oneWayMs, certificates: certs});
	if (link.unavailable) {
		heading(`RTT over a real link: skipped (${link.unavailable})`);
	} else {
		try {
			const measured = await measureLinkRtt(link);
			const scale = measured / rttMs;
			await measure(
				`RTT ${rttMs} ms over a real link (two network namespaces, TUN + tun-link.py; TCP echo RTT measured ${measured.toFixed(1)} ms; floors scaled to it), --ca, median of ${runs}`,
				[
					{
						label: `587 STARTTLS on the ${rttMs} ms link`,
						host: linkServerAddress,
						port: 587,
						extra: caArgs,
						wrap: link.wrap,
						floor: 7 * rttMs * scale,
						target: 735,
					},
					{
						label: `465 implicit TLS on the ${rttMs} ms link`,
						host: linkServerAddress,
						port: 465,
						extra: caArgs,
						wrap: link.wrap,
						floor: 5 * rttMs * scale + delayedAckMs,
						target: 525,
					},
				],
			);
		} finally {
			await link.close();
		}
	}

	if (!servers.isStandard) {
		heading('RTT through the delay proxy: skipped (needs root for the standard ports)');
		return;
	}

	const relay = await startRelays(servers.host, oneWayMs);
	const specs = [
		{
			label: `587 STARTTLS through the ${rttMs} ms relay`,
			host: relay,
			port: 587,
			extra: caArgs,
			floor: 5 * rttMs,
			target: 5 * rttMs + 35,
		},
		{
			label: `465 implicit TLS through the ${rttMs} ms relay`,
			host: relay,
			port: 465,
			extra: caArgs,
			floor: 3 * rttMs,
			target: 3 * rttMs + 25,
		},
	];
	const mta = await postfix();
	if (!mta.unavailable) {
		// The relay again, in front of the real Postfix; its certificate names mta.test.
		const mtaRelay = await startRelays(mta.address, oneWayMs, [relay]);
		const extra = ['--ca', mta.ca, '--servername', 'mta.test'];
		specs.push(
			{
				label: `Postfix 587 through the ${rttMs} ms relay`,
				host: mtaRelay,
				port: 587,
				extra,
				floor: 5 * rttMs,
			},
			{
				label: `Postfix 465 through the ${rttMs} ms relay`,
				host: mtaRelay,
				port: 465,
				extra,
				floor: 3 * rttMs,
			},
		);
	}

	await measure(
		`RTT ${rttMs} ms through the delay proxy (node:net relay on loopback, ${oneWayMs} ms each way; cannot model TCP's connect and ACKs, see rtt.mjs), --ca, median of ${runs}${mta.unavailable ? `; Postfix: ${mta.unavailable}` : ''}`,
		specs,
	);
}

if (isMain(import.meta.url)) {
	try {
		await run();
		printTally();
	} finally {
		await closeFixtures();
	}
}
