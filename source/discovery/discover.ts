// Settings discovery: from "you@example.com" or "example.com" to ranked candidate
// submission servers, each with the evidence that put it there.
//
// Order of evidence (strongest first):
//  1. SRV _submissions._tcp.DOMAIN (implicit TLS, RFC 8314 §5.1) then _submission._tcp.DOMAIN
//     (RFC 6186), by priority (low first) then weight (high first). A target of "." means the
//     domain says the service is not offered.
//  2. The address domain itself is a known provider's (gmail.com -> gmail).
//  3. MX records matched to known providers (aspmx.l.google.com -> gmail).
//  4. Common names in the order mail clients try them: smtp.DOMAIN, mail.DOMAIN, DOMAIN,
//     kept when they resolve (and, with a probe function, when something answers).
//
// The parts: types.ts (what it finds), candidates.ts (per source), rank.ts (order, status).
import {getBuiltinPresets, presetForEmailDomain, standardPorts} from '../presets/presets.js';
import {DnsClient, type DnsLookup} from './dns-lookup.js';
import {parseDiscoveryTarget, parseDnsServer} from './target.js';
import type {DiscoveryResult, DiscoverOptions} from './types.js';
import {addMx, addSrv, type Draft, formatAddresses, presetDraft} from './candidates.js';
import {
	mergeByHost,
	probeWeakCandidates,
	rankCandidates,
	isNxdomainEverywhere,
	decideStatus,
} from './rank.js';
import {nowMs} from '../engine/clock.js';

export type * from './types.js';

const defaultTimeoutMs = 4000;

/**
 * Finds and ranks candidate submission servers for an email address or domain.
 * Throws DiscoveryInputError for bad input or a bad `dnsServer`; everything the DNS does
 * (NXDOMAIN, silence, refusal) ends up in the result instead.
 */
export async function discover(
	domainOrEmail: string,
	options: DiscoverOptions = {},
): Promise<DiscoveryResult> {
	const started = nowMs();
	const target = parseDiscoveryTarget(domainOrEmail);
	const dnsServer = options.dnsServer === undefined ? undefined : parseDnsServer(options.dnsServer);
	const presets = options.presets ?? getBuiltinPresets();
	const {domain} = target;
	const controller = new AbortController();
	const onAbort = () => {
		controller.abort();
	};

	options.signal?.addEventListener('abort', onAbort, {once: true});
	if (options.signal?.aborted) {
		controller.abort();
	}

	const client = new DnsClient({
		...(dnsServer ? {server: dnsServer.server} : {}),
		timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
		signal: controller.signal,
	});
	controller.signal.addEventListener(
		'abort',
		() => {
			client.cancel();
		},
		{once: true},
	);

	try {
		const commonNames = [`smtp.${domain}`, `mail.${domain}`, domain];
		const [submissions, submission, mx, ...addressLookups] = await Promise.all([
			client.srv(`_submissions._tcp.${domain}`),
			client.srv(`_submission._tcp.${domain}`),
			client.mx(domain),
			...commonNames.flatMap((name) => [client.a(name), client.aaaa(name)]),
		]);
		const lookups: DnsLookup[] = [
			submissions.lookup,
			submission.lookup,
			mx.lookup,
			...addressLookups.map((result) => result.lookup),
		];

		const drafts: Draft[] = [];
		const notOffered: string[] = [];
		addSrv(drafts, notOffered, submissions, 'srv-submissions', 0);
		addSrv(drafts, notOffered, submission, 'srv-submission', 100);

		const known = presetForEmailDomain(domain, presets);
		if (known) {
			drafts.push(
				presetDraft(known.preset, known.region, 'address-domain', 200, 'confirmed', [
					{key: 'discovery.evidence.knownDomain', params: {domain, provider: known.preset.name}},
				]),
			);
		}

		addMx(drafts, mx, presets);

		for (const [index, name] of commonNames.entries()) {
			const v4 = addressLookups[index * 2]!;
			const v6 = addressLookups[index * 2 + 1]!;
			const addresses = [...v4.records, ...v6.records];
			if (addresses.length > 0) {
				drafts.push({
					order: 400 + index,
					host: name,
					ports: standardPorts,
					source: 'common-name',
					certainty: 'unconfirmed',
					addresses,
					evidence: [
						{
							key: 'discovery.evidence.commonName',
							params: {name, addresses: formatAddresses(addresses), order: index + 1},
						},
					],
				});
			}
		}

		const merged = mergeByHost(drafts);
		if (options.probe && !controller.signal.aborted) {
			await probeWeakCandidates(merged, options.probe, controller.signal);
		}

		const candidates = rankCandidates(merged);
		// NXDOMAIN everywhere is only believed when the resolver knows the control name, as
		// `check` does (engine/resolve.ts): a resolver that denies every name is not working.
		const isResolverDenying =
			candidates.length === 0 &&
			!controller.signal.aborted &&
			isNxdomainEverywhere(lookups, domain) &&
			!(await client.controlNameResolves());
		const status = decideStatus(
			controller.signal.aborted,
			candidates,
			lookups,
			domain,
			isResolverDenying,
		);
		return {
			schemaVersion: 1,
			input: target.input,
			domain,
			...(target.email === undefined ? {} : {email: target.email}),
			...(dnsServer ? {dnsServer: dnsServer.server} : {}),
			status: status.status,
			message: status.message(dnsServer?.server, options.timeoutMs ?? defaultTimeoutMs),
			candidates,
			notOffered,
			lookups,
			durationMs: Math.round(nowMs() - started),
		};
	} finally {
		options.signal?.removeEventListener('abort', onAbort);
		client.cancel();
	}
}
