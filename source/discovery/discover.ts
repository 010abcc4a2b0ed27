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
import type {Phrase} from './phrase.js';
import {dnsControlName} from '../engine/resolve.js';
import {
	getBuiltinPresets,
	matchMxHost,
	presetForEmailDomain,
	presetProbeOptions,
	standardPorts,
} from '../presets/presets.js';
import type {Certainty, Preset} from '../presets/schema.js';
import {
	DnsClient,
	unansweredStatuses,
	type DnsLookup,
	type LookupResult,
	type MxRecord,
	type SrvRecord,
} from './dns-lookup.js';
import {parseDiscoveryTarget, parseDnsServer} from './target.js';

/** Where a candidate came from. */
export type CandidateSource =
	| 'srv-submissions'
	| 'srv-submission'
	| 'address-domain'
	| 'mx-provider'
	| 'common-name'
	| 'mx-host';

/** What a quick probe of a candidate found (see `CandidateProber`). */
export type CandidateProbeResult = {
	/** Something SMTP answered on at least one port. */
	readonly isReachable: boolean;
	readonly workingPorts: readonly number[];
	/** One sentence, said in the user's language when shown. */
	readonly summary: Phrase;
};

/**
 * Quick check of one candidate host, injected so discovery stays testable and free of the
 * engine; the CLI passes one built on the engine's probeHost.
 */
export type CandidateProber = (
	target: {readonly host: string; readonly ports: readonly number[]},
	signal: AbortSignal,
) => Promise<CandidateProbeResult>;

/** One candidate submission server. */
export type DiscoveryCandidate = {
	/** 1 = best. */
	readonly rank: number;
	readonly host: string;
	/** The endpoint the evidence names, when it names one (SRV records do). */
	readonly port?: number;
	readonly encryption?: 'implicit-tls' | 'starttls';
	/** Ports to probe: the standard four plus any the evidence names. */
	readonly ports: readonly number[];
	/** Standard ports the matched provider does not offer (from its preset). */
	readonly notOfferedPorts?: readonly number[];
	readonly presetId?: string;
	readonly region?: string;
	readonly source: CandidateSource;
	readonly certainty: Certainty;
	/** Why this candidate is here, strongest first, one sentence each. */
	readonly evidence: readonly Phrase[];
	/** Addresses found for common names. */
	readonly addresses?: readonly string[];
	readonly probe?: CandidateProbeResult;
};

/** Overall outcome of a discovery. */
export type DiscoveryStatus =
	'found' | 'nothing-found' | 'nxdomain' | 'dns-unavailable' | 'cancelled';

/** The result of `discover`. Plain data; `--json` prints it. */
export type DiscoveryResult = {
	readonly schemaVersion: 1;
	readonly input: string;
	readonly domain: string;
	readonly email?: string;
	readonly dnsServer?: string;
	readonly status: DiscoveryStatus;
	/** One sentence about the outcome. */
	readonly message: Phrase;
	readonly candidates: readonly DiscoveryCandidate[];
	/** Domains whose SRV record says submission is not offered ("." target). */
	readonly notOffered: readonly string[];
	readonly lookups: readonly DnsLookup[];
	readonly durationMs: number;
};

export type DiscoverOptions = {
	/** "IP" or "IP:PORT" (`--dns-server 127.0.0.1:5353`); default: the system's resolvers. */
	readonly dnsServer?: string;
	readonly signal?: AbortSignal;
	/** Longest time one DNS question may take, in ms (default 4000). */
	readonly timeoutMs?: number;
	/** Quick probe for common-name and bare-MX candidates. Without it they rest on DNS alone. */
	readonly probe?: CandidateProber;
	/** Presets to match against (default: the built-ins). */
	readonly presets?: readonly Preset[];
};

type Draft = Omit<DiscoveryCandidate, 'rank' | 'evidence'> & {
	order: number;
	evidence: Phrase[];
};

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
	const started = performance.now();
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
			durationMs: Math.round(performance.now() - started),
		};
	} finally {
		options.signal?.removeEventListener('abort', onAbort);
		client.cancel();
	}
}

function formatAddresses(addresses: readonly string[]): string | Phrase {
	return addresses.length > 3
		? {
				key: 'discovery.evidence.andMore',
				params: {addresses: addresses.slice(0, 3).join(', '), count: addresses.length - 3},
			}
		: addresses.join(', ');
}

function trimDot(name: string): string {
	return name.replace(/\.$/, '').toLowerCase();
}

/** DNS data is untrusted: only plain host names become candidates (and reach a terminal). */
function isHostName(name: string): boolean {
	return (
		name.length <= 253 &&
		/^[a-z\d_](?:[a-z\d_-]{0,62})(?:\.[a-z\d_](?:[a-z\d_-]{0,62}))*$/.test(name)
	);
}

/** RFC 2782 order: lowest priority first; within a priority, heaviest weight first (deterministic). */
function sortSrv(records: readonly SrvRecord[]): SrvRecord[] {
	return [...records].sort((a, b) => a.priority - b.priority || b.weight - a.weight);
}

function addSrv(
	drafts: Draft[],
	notOffered: string[],
	result: LookupResult<SrvRecord>,
	source: 'srv-submissions' | 'srv-submission',
	baseOrder: number,
): void {
	const {name} = result.lookup;
	const sorted = sortSrv(result.records);
	// RFC 2782 / RFC 6186 §3.4: a single record with target "." means "not offered here".
	if (sorted.length === 1 && trimDot(sorted[0]!.name) === '') {
		notOffered.push(name);
		return;
	}

	const encryption = source === 'srv-submissions' ? 'implicit-tls' : 'starttls';
	const key =
		source === 'srv-submissions'
			? 'discovery.evidence.srvImplicit'
			: 'discovery.evidence.srvStarttls';
	for (const [index, record] of sorted.entries()) {
		const host = trimDot(record.name);
		if (host === '' || record.port === 0 || !isHostName(host)) {
			continue;
		}

		drafts.push({
			order: baseOrder + index,
			host,
			port: record.port,
			encryption,
			ports: withPort(record.port),
			source,
			certainty: 'confirmed',
			evidence: [
				{
					key,
					params: {
						name,
						host,
						port: record.port,
						priority: record.priority,
						weight: record.weight,
					},
				},
			],
		});
	}
}

function withPort(port: number): readonly number[] {
	return standardPorts.includes(port) ? standardPorts : [...standardPorts, port];
}

function presetDraft(
	preset: Preset,
	region: string | undefined,
	source: CandidateSource,
	order: number,
	certainty: Certainty,
	evidence: Phrase[],
): Draft {
	const options = presetProbeOptions(preset, region);
	const recommended = preset.ports.find((port) => port.port === preset.recommendedPort);
	return {
		order,
		host: options.host,
		port: preset.recommendedPort,
		...(recommended && recommended.encryption !== 'none'
			? {encryption: recommended.encryption}
			: {}),
		ports: options.ports,
		notOfferedPorts: options.notOfferedPorts,
		presetId: preset.id,
		...(options.region ? {region: options.region.id} : {}),
		source,
		certainty,
		evidence,
	};
}

function addMx(drafts: Draft[], mx: LookupResult<MxRecord>, presets: readonly Preset[]): void {
	const sorted = [...mx.records].sort((a, b) => a.priority - b.priority);
	const seenProviders = new Set<string>();
	for (const [index, record] of sorted.entries()) {
		const exchange = trimDot(record.exchange);
		if (exchange === '' || !isHostName(exchange)) {
			// RFC 7505 null MX (the domain accepts no mail) says nothing about submission;
			// a name that is not a host name is not worth showing.
			continue;
		}

		const hint = matchMxHost(exchange);
		const preset = hint ? presets.find((item) => item.id === hint.presetId) : undefined;
		if (!hint || !preset) {
			drafts.push({
				order: 800 + index,
				host: exchange,
				ports: standardPorts,
				source: 'mx-host',
				certainty: 'unconfirmed',
				evidence: [
					{key: 'discovery.evidence.mxHost', params: {exchange, priority: record.priority}},
				],
			});
			continue;
		}

		const key = `${preset.id}:${hint.region ?? ''}`;
		const sentence: Phrase = {
			key:
				hint.certainty === 'confirmed'
					? 'discovery.evidence.mxProvider'
					: 'discovery.evidence.mxProviderUnconfirmed',
			params: {exchange, priority: record.priority, suffix: hint.suffix, provider: preset.name},
		};
		const existing = drafts.find(
			(draft) =>
				draft.source === 'mx-provider' && `${draft.presetId}:${draft.region ?? ''}` === key,
		);
		if (existing) {
			continue;
		}

		if (seenProviders.has(key)) {
			continue;
		}

		seenProviders.add(key);
		drafts.push(
			presetDraft(preset, hint.region, 'mx-provider', 300 + index, hint.certainty, [sentence]),
		);
		for (const [offset, alternativeId] of hint.alternatives.entries()) {
			const alternative = presets.find((item) => item.id === alternativeId);
			if (alternative) {
				drafts.push(
					presetDraft(
						alternative,
						undefined,
						'mx-provider',
						350 + index * 10 + offset,
						'unconfirmed',
						[
							{
								key: 'discovery.evidence.mxAlternative',
								params: {provider: alternative.name, suffix: hint.suffix, exchange},
							},
						],
					),
				);
			}
		}
	}
}

/** One candidate per host: later (weaker) drafts add their evidence to the earlier one. */
function mergeByHost(drafts: Draft[]): Draft[] {
	const byHost = new Map<string, Draft>();
	for (const draft of [...drafts].sort((a, b) => a.order - b.order)) {
		const existing = byHost.get(draft.host);
		if (existing) {
			existing.evidence.push(...draft.evidence);
			if (draft.addresses && !existing.addresses) {
				Object.assign(existing, {addresses: draft.addresses});
			}

			continue;
		}

		byHost.set(draft.host, {...draft, evidence: [...draft.evidence]});
	}

	return [...byHost.values()];
}

async function probeWeakCandidates(
	drafts: Draft[],
	probe: CandidateProber,
	signal: AbortSignal,
): Promise<void> {
	const weak = drafts.filter(
		(draft) => draft.source === 'common-name' || draft.source === 'mx-host',
	);
	await Promise.all(
		weak.map(async (draft) => {
			try {
				const result = await probe({host: draft.host, ports: draft.ports}, signal);
				Object.assign(draft, {probe: result});
				draft.evidence.push(result.summary);
			} catch {
				// A failing probe function says nothing about the host; keep the DNS evidence.
			}
		}),
	);
}

function rankCandidates(drafts: Draft[]): DiscoveryCandidate[] {
	// A weak candidate the probe found silent drops below every other one.
	const penalty = (draft: Draft) => (draft.probe && !draft.probe.isReachable ? 10_000 : 0);
	return drafts
		.sort((a, b) => a.order + penalty(a) - (b.order + penalty(b)))
		.map(({order: _order, ...draft}, index) => ({...draft, rank: index + 1}));
}

/** The MX and the domain's own A/AAAA all said NXDOMAIN. */
function isNxdomainEverywhere(lookups: readonly DnsLookup[], domain: string): boolean {
	const mxLookup = lookups.find((lookup) => lookup.type === 'MX');
	const domainA = lookups.filter((lookup) => lookup.name === domain && lookup.type !== 'MX');
	return mxLookup?.status === 'nxdomain' && domainA.every((lookup) => lookup.status === 'nxdomain');
}

function decideStatus(
	isCancelled: boolean,
	candidates: readonly DiscoveryCandidate[],
	lookups: readonly DnsLookup[],
	domain: string,
	isResolverDenying: boolean,
): {status: DiscoveryStatus; message: (server: string | undefined, timeoutMs: number) => Phrase} {
	if (isCancelled) {
		return {status: 'cancelled', message: () => ({key: 'discovery.status.cancelled'})};
	}

	const isNxdomain = isNxdomainEverywhere(lookups, domain);
	const isUnanswered = lookups.every((lookup) => unansweredStatuses.has(lookup.status));
	const best = candidates[0];
	const who = (server: string | undefined): Phrase =>
		server ? {key: 'discovery.status.server', params: {server}} : {key: 'discovery.status.system'};

	if (best) {
		return {
			status: 'found',
			message: () => ({
				key: candidates.length === 1 ? 'discovery.status.foundOne' : 'discovery.status.foundMany',
				params: {
					host: best.host,
					port:
						best.port === undefined
							? ''
							: {key: 'discovery.status.port', params: {port: best.port}},
					extra: isUnanswered ? {key: 'discovery.status.fromAddressOnly'} : '',
					count: candidates.length,
				},
			}),
		};
	}

	if (isResolverDenying) {
		return {
			status: 'dns-unavailable',
			message: (server) => ({
				key: 'discovery.status.denying',
				params: {
					who: server
						? {key: 'discovery.status.serverStart', params: {server}}
						: {key: 'discovery.status.systemStart'},
					control: dnsControlName,
					domain,
				},
			}),
		};
	}

	if (isNxdomain) {
		return {
			status: 'nxdomain',
			message: () => ({key: 'discovery.status.nxdomain', params: {domain}}),
		};
	}

	if (isUnanswered) {
		const timedOut = lookups.some((lookup) => lookup.status === 'timeout');
		const unreachable = lookups.some((lookup) => lookup.status === 'unreachable');
		return {
			status: 'dns-unavailable',
			message(server, timeoutMs): Phrase {
				if (timedOut) {
					return {key: 'discovery.status.timeout', params: {who: who(server), ms: timeoutMs}};
				}

				return {
					key: unreachable ? 'discovery.status.unreachable' : 'discovery.status.failed',
					params: {who: who(server)},
				};
			},
		};
	}

	return {
		status: 'nothing-found',
		message: () => ({key: 'discovery.status.nothingFound', params: {domain}}),
	};
}
