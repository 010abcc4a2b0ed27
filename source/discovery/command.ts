// `smtp-doctor discover DOMAIN` and `smtp-doctor you@example.com`: ranked candidates with
// their evidence, as plain text or `--json`. Exit 0 when a candidate was found, 1 when none,
// 2 for bad input.
import type {Catalogue} from '../i18n/catalogue.js';
import type {Translator} from '../i18n/translate.js';
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
import {say, type Phrase} from './phrase.js';
import {DiscoveryInputError} from './target.js';

export type DiscoverCommandOptions = {
	readonly json?: boolean;
	/** The words to report in (JSON: English). */
	readonly catalogue: Pick<Catalogue, 't'>;
	readonly dnsServer?: string;
	readonly timeoutMs?: number;
	readonly signal?: AbortSignal;
	readonly probe?: CandidateProber;
	/** Built-in plus user presets (default: built-ins). */
	readonly presets?: readonly Preset[];
};

/** The command a user would run next to test a candidate. */
export function nextCommand(candidate: DiscoveryCandidate): string {
	if (candidate.presetId) {
		return `smtp-doctor --preset ${candidate.presetId}${candidate.region ? `:${candidate.region}` : ''}`;
	}

	const ports = candidate.ports.join(',');
	return `smtp-doctor check ${candidate.host}${ports === '25,465,587,2525' ? '' : ` --ports ${ports}`}`;
}

function candidateLines(candidate: DiscoveryCandidate, t: Translator): string[] {
	const endpoint =
		candidate.port === undefined
			? ''
			: `  port ${candidate.port}${candidate.encryption ? ` ${encryptionLabel(candidate.encryption)}` : ''}`;
	const preset = candidate.presetId
		? `  [preset ${candidate.presetId}${candidate.region ? `:${candidate.region}` : ''}]`
		: '';
	const doubt = candidate.certainty === 'confirmed' ? '' : `  ${t('discovery.report.unconfirmed')}`;
	return [
		`${String(candidate.rank).padStart(2)}. ${candidate.host}${endpoint}${preset}${doubt}`,
		...candidate.evidence.map((line) => `      - ${say(line, t)}`),
	];
}

function lookupLine(lookup: DnsLookup, t: Translator): string {
	const found =
		lookup.status === 'found'
			? lookup.count === 1
				? t('discovery.report.record')
				: t('discovery.report.records', {count: lookup.count})
			: t(`discovery.report.lookup.${lookup.status}`);
	return `  ${lookup.type.padEnd(4)} ${lookup.name}: ${found} (${lookup.durationMs} ms)`;
}

/** Plain-text report of a discovery result, in the translator's language. */
export function formatDiscovery(result: DiscoveryResult, t: Translator): string {
	const input = result.email ?? result.input;
	const lines = [
		input === result.domain
			? t('discovery.report.title', {domain: result.domain})
			: t('discovery.report.titleFor', {input, domain: result.domain}),
		'',
	];
	for (const candidate of result.candidates) {
		lines.push(...candidateLines(candidate, t));
	}

	for (const name of result.notOffered) {
		lines.push(`  ${t('discovery.report.notOffered', {name})}`);
	}

	if (result.candidates.length > 0 || result.notOffered.length > 0) {
		lines.push('');
	}

	lines.push(say(result.message, t));
	const best = result.candidates[0];
	if (best) {
		lines.push(`${t('discovery.report.next')} ${nextCommand(best)}`);
	}

	lines.push(
		'',
		`${t('discovery.report.dns')}${result.dnsServer ? t('discovery.report.via', {server: result.dnsServer}) : ''}:`,
		...result.lookups.map((lookup) => lookupLine(lookup, t)),
	);
	return `${lines.join('\n')}\n`;
}

/** A discovery result as `--json` prints it: every phrase said in the translator's language. */
export function discoveryJson(result: DiscoveryResult, t: Translator): unknown {
	const text = (phrase: Phrase) => say(phrase, t);
	return {
		...result,
		message: text(result.message),
		candidates: result.candidates.map((candidate) => ({
			...candidate,
			evidence: candidate.evidence.map(text),
			...(candidate.probe
				? {probe: {...candidate.probe, summary: text(candidate.probe.summary)}}
				: {}),
		})),
	};
}

/** Runs discovery and renders it. Bad input: one line on stderr, exit 2. */
export async function runDiscoverCommand(
	target: string,
	options: DiscoverCommandOptions,
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
	const {t} = options.catalogue;
	const stdout = options.json
		? `${JSON.stringify(discoveryJson(result, t), null, 2)}\n`
		: formatDiscovery(result, t);
	return {stdout, stderr: '', exitCode};
}
