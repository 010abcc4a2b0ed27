// Candidates per source of evidence: SRV records (RFC 6186, RFC 8314 §5.1), known
// providers by domain and MX, and the common names mail clients try.
import type {Phrase} from './phrase.js';
import {matchMxHost, presetProbeOptions, standardPorts} from '../presets/presets.js';
import type {Certainty, Preset} from '../presets/schema.js';
import {type LookupResult, type MxRecord, type SrvRecord} from './dns-lookup.js';
import type {CandidateSource, DiscoveryCandidate} from './types.js';

/** A candidate before ranking: the order its source gives it, and its evidence so far. */
export type Draft = Omit<DiscoveryCandidate, 'rank' | 'evidence'> & {
	order: number;
	evidence: Phrase[];
};

export function formatAddresses(addresses: readonly string[]): string | Phrase {
	return addresses.length > 3
		? {
				key: 'discovery.evidence.andMore',
				params: {addresses: addresses.slice(0, 3).join(', '), count: addresses.length - 3},
			}
		: addresses.join(', ');
}

export function trimDot(name: string): string {
	return name.replace(/\.$/, '').toLowerCase();
}

/** DNS data is untrusted: only plain host names become candidates (and reach a terminal). */
export function isHostName(name: string): boolean {
	return (
		name.length <= 253 &&
		/^[a-z\d_](?:[a-z\d_-]{0,62})(?:\.[a-z\d_](?:[a-z\d_-]{0,62}))*$/.test(name)
	);
}

/** RFC 2782 order: lowest priority first; within a priority, heaviest weight first (deterministic). */
export function sortSrv(records: readonly SrvRecord[]): SrvRecord[] {
	return [...records].sort((a, b) => a.priority - b.priority || b.weight - a.weight);
}

export function addSrv(
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

export function withPort(port: number): readonly number[] {
	return standardPorts.includes(port) ? standardPorts : [...standardPorts, port];
}

export function presetDraft(
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

export function addMx(
	drafts: Draft[],
	mx: LookupResult<MxRecord>,
	presets: readonly Preset[],
): void {
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
