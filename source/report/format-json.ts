// `--json`: a stable, documented schema for scripts (README "JSON output"). Rules:
// - `schemaVersion` changes only when a field is removed or changes meaning; new fields may appear.
// - Every documented key is always present; absent facts are `null`, never missing.
// - Verdict words are English whatever `--lang` says, so scripts can match on them (better: on `code`).
// - No secrets: the transcript is redacted again here (AUTH arguments, answers to 334 challenges).
import type {
	AuthResult,
	PhaseTiming,
	PortResult,
	Recommendation,
	RunResult,
	SendResult,
	TranscriptEntry,
	Verdict,
} from '../engine/types.js';
import {encryptionLabel} from '../state/labels.js';
import type {RowStatusKind} from '../state/row-status.js';
import {redactTranscript} from './escape.js';
import {runOutcome, type OutcomeContext, type OutcomeReason, type RunOutcome} from './outcome.js';
import {closingSummary, portStatus, recommendationLine} from './summary.js';
import {describeSafely, type DescribeVerdict} from './types.js';
import {recommendationReason} from './words.js';

/** A verdict with its English words. */
export type JsonVerdict = Verdict & {
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};

/** One port in the JSON report. */
export type JsonPort = {
	readonly port: number;
	readonly requestedMode: PortResult['requestedMode'];
	readonly encryption: PortResult['encryption'];
	/** "SSL/TLS", "STARTTLS", "NONE" or "?". */
	readonly encryptionLabel: string;
	readonly status: RowStatusKind;
	readonly verdict: JsonVerdict;
	readonly findings: readonly JsonVerdict[];
	readonly address: string | null;
	readonly attempts: number;
	readonly totalMs: number;
	readonly phases: readonly PhaseTiming[];
	readonly greeting: string | null;
	readonly tls: PortResult['tls'] | null;
	readonly capabilitiesBeforeTls: PortResult['capabilitiesBeforeTls'] | null;
	readonly capabilities: PortResult['capabilities'] | null;
	readonly auth: (Omit<AuthResult, 'verdict'> & {readonly verdict: JsonVerdict}) | null;
	readonly send: (Omit<SendResult, 'verdict'> & {readonly verdict: JsonVerdict}) | null;
	readonly transcript: readonly TranscriptEntry[];
};

/** The whole JSON report (`schemaVersion: 1`). */
export type JsonReport = {
	readonly schemaVersion: 1;
	readonly tool: {readonly name: 'smtp-doctor'; readonly version: string};
	readonly host: string;
	readonly startedAt: string;
	readonly durationMs: number;
	readonly isCancelled: boolean;
	/** True when a recommended setting works (exit code 0): `outcome === 'works'`. */
	readonly isWorking: boolean;
	/** `works` (exit 0), `fails` (exit 1) or `inconclusive` (exit 3: rate-limited, cancelled). */
	readonly outcome: RunOutcome;
	/** Why: works, dns, network, certificate, plaintext, server, inconclusive, cancelled, mixed, login, send. */
	readonly outcomeReason: OutcomeReason;
	/** The closing sentence in English (null when it works). */
	readonly outcomeSummary: string | null;
	readonly addresses: RunResult['addresses'];
	readonly resolveVerdict: JsonVerdict | null;
	readonly ports: readonly JsonPort[];
	readonly recommendation:
		| (Recommendation & {
				readonly encryptionLabel: string;
				/** "Host … - Port … - Encryption … - Authentication: …" */
				readonly line: string;
				readonly why: string;
		  })
		| null;
};

/** Options of `formatJson`. */
export type JsonOptions = {
	readonly describe: DescribeVerdict;
	readonly version?: string;
	/** The login (`--user`) and test message asked for: they decide the outcome too. */
	readonly context?: OutcomeContext;
};

function jsonVerdict(verdict: Verdict, describe: DescribeVerdict): JsonVerdict {
	const text = describeSafely(describe, verdict, 'en');
	return {
		code: verdict.code,
		severity: verdict.severity,
		params: verdict.params,
		title: text.title,
		summary: text.summary,
		advice: text.advice,
	};
}

function jsonPort(port: PortResult, describe: DescribeVerdict): JsonPort {
	return {
		port: port.port,
		requestedMode: port.requestedMode,
		encryption: port.encryption,
		encryptionLabel: encryptionLabel(port.encryption),
		status: portStatus(port).kind,
		verdict: jsonVerdict(port.verdict, describe),
		findings: port.findings.map((finding) => jsonVerdict(finding, describe)),
		address: port.address ?? null,
		attempts: port.attempts,
		totalMs: port.totalMs,
		phases: port.phases,
		greeting: port.greeting ?? null,
		tls: port.tls ?? null,
		capabilitiesBeforeTls: port.capabilitiesBeforeTls ?? null,
		capabilities: port.capabilities ?? null,
		auth: port.auth ? {...port.auth, verdict: jsonVerdict(port.auth.verdict, describe)} : null,
		send: port.send ? {...port.send, verdict: jsonVerdict(port.send.verdict, describe)} : null,
		transcript: redactTranscript(port.transcript),
	};
}

/** The JSON report as an object (see `formatJson`). */
export function toJsonReport(result: RunResult, options: JsonOptions): JsonReport {
	const {describe} = options;
	const context = options.context ?? {};
	const line = recommendationLine(
		result,
		'en',
		context.user === undefined ? {} : {user: context.user},
	);
	const details = runOutcome(result, context);
	return {
		schemaVersion: 1,
		tool: {name: 'smtp-doctor', version: options.version ?? '0.0.0'},
		host: result.host,
		startedAt: result.startedAt,
		durationMs: result.durationMs,
		isCancelled: result.isCancelled,
		isWorking: details.outcome === 'works',
		outcome: details.outcome,
		outcomeReason: details.reason,
		outcomeSummary: closingSummary(details, {describe, lang: 'en'}) ?? null,
		addresses: result.addresses,
		resolveVerdict: result.resolveVerdict ? jsonVerdict(result.resolveVerdict, describe) : null,
		ports: result.ports.map((port) => jsonPort(port, describe)),
		recommendation:
			result.recommendation && line
				? {
						...result.recommendation,
						encryptionLabel: encryptionLabel(result.recommendation.encryption),
						line,
						why: recommendationReason(result.recommendation, 'en'),
					}
				: null,
	};
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (U+009B is a one-byte CSI on
// some terminals), line separators and bidi overrides raw. Escaping them keeps `cat report.json`
// safe and parses back to the same strings.
const jsonUnsafe = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The JSON report as text: two-space indented, terminal-safe, ends with a newline. */
export function formatJson(result: RunResult, options: JsonOptions): string {
	const text = JSON.stringify(toJsonReport(result, options), undefined, 2);
	return `${text.replaceAll(jsonUnsafe, (char) => '\\u' + char.codePointAt(0)!.toString(16).padStart(4, '0'))}\n`;
}
