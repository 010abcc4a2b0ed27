// `smtp-doctor discover DOMAIN` and `smtp-doctor you@example.com`: ranked candidates with
// their evidence, as plain text or `--json`. Exit 0 when a candidate was found, 1 when none,
// 2 for bad input.
import type {Lang} from '../config/lang.js';
import {encryptionLabel} from '../state/labels.js';
import type {CommandOutput} from '../presets/command.js';
import type {Preset} from '../presets/schema.js';
import type {DnsLookup} from './dns-lookup.js';
import {
	discover,
	type CandidateProber,
	type DiscoveryCandidate,
	type DiscoveryResult,
} from './discover.js';
import {DiscoveryInputError} from './target.js';

export type DiscoverCommandOptions = {
	readonly json?: boolean;
	readonly lang?: Lang;
	readonly dnsServer?: string;
	readonly timeoutMs?: number;
	readonly signal?: AbortSignal;
	readonly probe?: CandidateProber;
	/** Built-in plus user presets (default: built-ins). */
	readonly presets?: readonly Preset[];
};

const text = {
	en: {
		title: (input: string, domain: string) =>
			input === domain ? `Discovery for ${domain}` : `Discovery for ${input} (domain ${domain})`,
		port: 'port',
		preset: 'preset',
		next: 'Next:',
		dns: 'DNS lookups',
		via: (server: string) => ` via ${server}`,
		notOffered: (name: string) =>
			`${name}: the domain says submission is not offered here (SRV target ".").`,
		unconfirmed: '(unconfirmed)',
	},
	id: {
		title: (input: string, domain: string) =>
			input === domain ? `Penemuan untuk ${domain}` : `Penemuan untuk ${input} (domain ${domain})`,
		port: 'port',
		preset: 'preset',
		next: 'Berikutnya:',
		dns: 'Pencarian DNS',
		via: (server: string) => ` lewat ${server}`,
		notOffered: (name: string) =>
			`${name}: domain menyatakan submission tidak tersedia di sini (target SRV ".").`,
		unconfirmed: '(belum terkonfirmasi)',
	},
} as const;

const statusWords: Record<DnsLookup['status'], string> = {
	found: 'found',
	nxdomain: 'no such name (NXDOMAIN)',
	'no-records': 'no records',
	timeout: 'timed out',
	unreachable: 'server unreachable',
	'server-failure': 'server failure (SERVFAIL)',
	refused: 'refused',
	'bad-response': 'bad response',
	cancelled: 'cancelled',
	error: 'error',
};

/** The command a user would run next to test a candidate. */
export function nextCommand(candidate: DiscoveryCandidate): string {
	if (candidate.presetId) {
		return `smtp-doctor --preset ${candidate.presetId}${candidate.region ? `:${candidate.region}` : ''}`;
	}

	const ports = candidate.ports.join(',');
	return `smtp-doctor check ${candidate.host}${ports === '25,465,587,2525' ? '' : ` --ports ${ports}`}`;
}

function candidateLines(candidate: DiscoveryCandidate, lang: Lang): string[] {
	const words = text[lang];
	const endpoint =
		candidate.port === undefined
			? ''
			: `  ${words.port} ${candidate.port}${candidate.encryption ? ` ${encryptionLabel(candidate.encryption)}` : ''}`;
	const preset = candidate.presetId
		? `  [${words.preset} ${candidate.presetId}${candidate.region ? `:${candidate.region}` : ''}]`
		: '';
	const doubt = candidate.certainty === 'confirmed' ? '' : `  ${words.unconfirmed}`;
	return [
		`${String(candidate.rank).padStart(2)}. ${candidate.host}${endpoint}${preset}${doubt}`,
		...candidate.evidence.map((line) => `      - ${line}`),
	];
}

function lookupLine(lookup: DnsLookup): string {
	const found =
		lookup.status === 'found'
			? `${lookup.count} record${lookup.count === 1 ? '' : 's'}`
			: statusWords[lookup.status];
	return `  ${lookup.type.padEnd(4)} ${lookup.name}: ${found} (${lookup.durationMs} ms)`;
}

/** Plain-text report of a discovery result. */
export function formatDiscovery(result: DiscoveryResult, lang: Lang = 'en'): string {
	const words = text[lang];
	const lines = [words.title(result.email ?? result.input, result.domain), ''];
	for (const candidate of result.candidates) {
		lines.push(...candidateLines(candidate, lang));
	}

	for (const name of result.notOffered) {
		lines.push(`  ${words.notOffered(name)}`);
	}

	if (result.candidates.length > 0 || result.notOffered.length > 0) {
		lines.push('');
	}

	lines.push(result.message);
	const best = result.candidates[0];
	if (best) {
		lines.push(`${words.next} ${nextCommand(best)}`);
	}

	lines.push(
		'',
		`${words.dns}${result.dnsServer ? words.via(result.dnsServer) : ''}:`,
		...result.lookups.map((lookup) => lookupLine(lookup)),
	);
	return `${lines.join('\n')}\n`;
}

/** Runs discovery and renders it. Bad input: one line on stderr, exit 2. */
export async function runDiscoverCommand(
	target: string,
	options: DiscoverCommandOptions = {},
): Promise<CommandOutput> {
	let result: DiscoveryResult;
	try {
		result = await discover(target, {
			...(options.dnsServer === undefined ? {} : {dnsServer: options.dnsServer}),
			...(options.timeoutMs === undefined ? {} : {timeoutMs: options.timeoutMs}),
			...(options.signal === undefined ? {} : {signal: options.signal}),
			...(options.probe === undefined ? {} : {probe: options.probe}),
			...(options.presets === undefined ? {} : {presets: options.presets}),
		});
	} catch (error) {
		if (error instanceof DiscoveryInputError) {
			return {stdout: '', stderr: `smtp-doctor: ${error.message}\n`, exitCode: 2};
		}

		throw error;
	}

	const exitCode = result.status === 'found' ? 0 : 1;
	const stdout = options.json
		? `${JSON.stringify(result, null, 2)}\n`
		: formatDiscovery(result, options.lang ?? 'en');
	return {stdout, stderr: '', exitCode};
}
