// From drafts to the ranked list and the discovery's status: one candidate per host, weak
// candidates probed, NXDOMAIN everywhere told apart from silence.
import type {Phrase} from './phrase.js';
import {dnsControlName} from '../engine/resolve.js';
import {unansweredStatuses, type DnsLookup} from './dns-lookup.js';
import type {CandidateProber, DiscoveryCandidate, DiscoveryStatus} from './types.js';
import type {Draft} from './candidates.js';

/** One candidate per host: later (weaker) drafts add their evidence to the earlier one. */
export function mergeByHost(drafts: Draft[]): Draft[] {
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

export async function probeWeakCandidates(
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

export function rankCandidates(drafts: Draft[]): DiscoveryCandidate[] {
	// A weak candidate the probe found silent drops below every other one.
	const penalty = (draft: Draft) => (draft.probe && !draft.probe.isReachable ? 10_000 : 0);
	return drafts
		.sort((a, b) => a.order + penalty(a) - (b.order + penalty(b)))
		.map(({order: _order, ...draft}, index) => ({...draft, rank: index + 1}));
}

/** The MX and the domain's own A/AAAA all said NXDOMAIN. */
export function isNxdomainEverywhere(lookups: readonly DnsLookup[], domain: string): boolean {
	const mxLookup = lookups.find((lookup) => lookup.type === 'MX');
	const domainA = lookups.filter((lookup) => lookup.name === domain && lookup.type !== 'MX');
	return mxLookup?.status === 'nxdomain' && domainA.every((lookup) => lookup.status === 'nxdomain');
}

export function decideStatus(
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
