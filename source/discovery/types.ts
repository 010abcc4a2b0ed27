// What settings discovery finds: candidates, their evidence and status, and its options.
import type {Phrase} from './phrase.js';
import type {Certainty, Preset} from '../presets/schema.js';
import type {DnsLookup} from './dns-lookup.js';

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
