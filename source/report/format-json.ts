// `--json`: a stable, documented schema for scripts (README "JSON output"). Rules:
// - `schemaVersion` changes only when a field is removed or changes meaning; new fields may appear.
// - Every documented key is always present; absent facts are `null`, never missing.
// - Verdict words are English whatever `--lang` says, so scripts can match on them (better: on `code`).
// - No secrets: the transcript is redacted again here (AUTH arguments, answers to 334 challenges).
import type {
	AuthResult,
	PhaseTiming,
	PortResult,
	RunResult,
	SendResult,
	TranscriptEntry,
	Verdict,
} from '../engine/types.js';
import type {RowStatusKind} from '../state/row-status.js';
import type {
	Conclusion,
	DiagnosedPreset,
	DiagnosedSetting,
	DiagnosedVerdict,
	Diagnosis,
	DiagnosisRow,
	OutcomeReason,
	RunOutcome,
} from './diagnosis.js';
import {redactTranscript} from './escape.js';

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
	/** What to do for this run: the verdict's advice, then a port that worked, if one did. */
	readonly advice: string;
	/** Why this port is judged as it is beside the others, and other hints for this run. */
	readonly notes: readonly string[];
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

/** A recommended setting in the JSON report. */
export type JsonSetting = {
	readonly host: string;
	readonly port: number;
	readonly encryption: DiagnosedSetting['encryption'];
	readonly reason: DiagnosedSetting['reason'];
	readonly encryptionLabel: string;
	/** "Host … - Port … - Encryption … - Authentication: …" */
	readonly line: string;
	readonly why: string;
	readonly authentication: string;
	readonly isLoggedIn: boolean;
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
	/** Why (see `OutcomeReason`). */
	readonly outcomeReason: OutcomeReason;
	/** The closing sentence in English (null when it works). */
	readonly outcomeSummary: string | null;
	/** The conclusion: the port that told the story and what to do next. */
	readonly conclusion: {
		readonly port: number | null;
		readonly code: Verdict['code'] | null;
		readonly nextStep: string | null;
	};
	readonly addresses: RunResult['addresses'];
	readonly resolveVerdict: JsonVerdict | null;
	readonly ports: readonly JsonPort[];
	readonly recommendation: JsonSetting | null;
	/** The next best working setting (null when only one port, or none, works). */
	readonly runnerUp: JsonSetting | null;
	/** What the `--preset` says beside what the servers speak (null without a preset). */
	readonly presetComparison: {
		readonly name: string;
		readonly id: string | null;
		readonly ports: ReadonlyArray<{
			readonly port: number;
			readonly agreement: DiagnosedPreset['lines'][number]['agreement'];
			readonly text: string;
		}>;
	} | null;
	/** The cloud this machine likely runs on, when it blocks ports that could not be reached. */
	readonly hostPolicy: {
		readonly cloud: string;
		readonly evidence: string;
		readonly ports: readonly number[];
		readonly sentence: string;
	} | null;
	/** The IPv6 connects of a dual-stack host, and the ports where only IPv4 worked (null when none ran). */
	readonly ipFamilies: {
		readonly checks: ReadonlyArray<{
			readonly port: number;
			readonly family: 6;
			readonly address: string;
			readonly outcome: string;
			readonly errorCode: string | null;
			readonly ms: number;
		}>;
		readonly trapPorts: readonly number[];
		/** Ports IPv4 could not reach while IPv6 connected (the mirror of the trap). */
		readonly ipv4FailPorts: readonly number[];
		readonly sentence: string | null;
	} | null;
	/** Control probes of the ports that could not be reached (null when none ran). */
	readonly controls: ReadonlyArray<{
		readonly host: string;
		readonly address: string | null;
		readonly forPort: number;
		readonly port: number;
		readonly outcome: string;
		readonly errorCode: string | null;
		readonly ms: number;
	}> | null;
	/** With `--client NAME`: what to type into that client (null without --client). */
	readonly clientSettings: readonly JsonClientSettings[] | null;
};

/** What to type into one client (`--client NAME`), for the recommended or the runner-up setting. */
export type JsonClientSettings = {
	readonly client: string;
	/** The client's own word for the encryption ("SSL", "secure: true"...). */
	readonly label: string;
	readonly port: number;
	readonly encryption: 'implicit-tls' | 'starttls';
	/** The snippet to paste; never holds a secret. */
	readonly text: string;
	readonly notes: readonly string[];
	readonly choice: 'recommended' | 'runner-up';
};

/** Options of `formatJson`. */
export type JsonOptions = {
	readonly version?: string;
	/** With `--client`: the snippets built from this diagnosis's recommendation. */
	readonly clientSettings?: readonly JsonClientSettings[];
};

function jsonVerdict(verdict: DiagnosedVerdict): JsonVerdict {
	return {
		code: verdict.verdict.code,
		severity: verdict.verdict.severity,
		params: verdict.verdict.params,
		title: verdict.title,
		summary: verdict.summary,
		advice: verdict.advice,
	};
}

function jsonPort(row: DiagnosisRow): JsonPort | undefined {
	const port = row.result;
	const {verdict} = row;
	if (!port || !verdict) {
		return undefined;
	}

	const login = row.steps.find((step) => step.kind === 'login');
	const send = row.steps.find((step) => step.kind === 'test-message');
	return {
		port: port.port,
		requestedMode: port.requestedMode,
		encryption: port.encryption,
		encryptionLabel: row.encryptionLabel,
		status: row.status,
		verdict: jsonVerdict(verdict),
		findings: row.findings.map((finding) => jsonVerdict(finding)),
		advice: row.advice,
		notes: row.notes,
		address: port.address ?? null,
		attempts: port.attempts,
		totalMs: port.totalMs,
		phases: port.phases,
		greeting: port.greeting ?? null,
		tls: port.tls ?? null,
		capabilitiesBeforeTls: port.capabilitiesBeforeTls ?? null,
		capabilities: port.capabilities ?? null,
		auth: port.auth && login ? {...port.auth, verdict: jsonVerdict(login)} : null,
		send: port.send && send ? {...port.send, verdict: jsonVerdict(send)} : null,
		transcript: redactTranscript(port.transcript),
	};
}

function jsonSetting(setting: DiagnosedSetting | undefined): JsonSetting | null {
	return setting
		? {
				host: setting.host,
				port: setting.port,
				encryption: setting.encryption,
				reason: setting.reason,
				encryptionLabel: setting.encryptionLabel,
				line: setting.line,
				why: setting.why,
				authentication: setting.authentication,
				isLoggedIn: setting.isLoggedIn,
			}
		: null;
}

/** The outcome of a finished diagnosis (a pending one counts as cancelled: it never finished). */
function finishedConclusion(conclusion: Conclusion): Conclusion & {readonly outcome: RunOutcome} {
	return conclusion.outcome === 'pending'
		? {...conclusion, outcome: 'inconclusive', reason: 'cancelled'}
		: (conclusion as Conclusion & {readonly outcome: RunOutcome});
}

/**
 * The JSON report as an object (see `formatJson`). Build the diagnosis in English: verdict
 * words in JSON are English whatever `--lang` says.
 */
export function toJsonReport(diagnosis: Diagnosis, options: JsonOptions = {}): JsonReport {
	const conclusion = finishedConclusion(diagnosis.conclusion);
	return {
		schemaVersion: 1,
		tool: {name: 'smtp-doctor', version: options.version ?? '0.0.0'},
		host: diagnosis.host,
		startedAt: diagnosis.startedAt ?? '',
		durationMs: diagnosis.durationMs ?? 0,
		isCancelled: diagnosis.isCancelled,
		isWorking: conclusion.outcome === 'works',
		outcome: conclusion.outcome,
		outcomeReason: conclusion.reason,
		outcomeSummary: conclusion.sentence ?? null,
		conclusion: {
			port: conclusion.port ?? null,
			code: conclusion.verdict?.code ?? null,
			nextStep: conclusion.nextStep ?? null,
		},
		addresses: diagnosis.addresses,
		resolveVerdict: diagnosis.dns ? jsonVerdict(diagnosis.dns) : null,
		ports: diagnosis.allRows
			.map((row) => jsonPort(row))
			.filter((port): port is JsonPort => port !== undefined),
		recommendation: jsonSetting(diagnosis.recommendation),
		runnerUp: jsonSetting(diagnosis.runnerUp),
		presetComparison: diagnosis.preset
			? {
					name: diagnosis.preset.name,
					id: diagnosis.preset.id ?? null,
					ports: diagnosis.preset.lines
						.filter((line) => line.port !== 0)
						.map(({port, agreement, text}) => ({port, agreement, text})),
				}
			: null,
		hostPolicy: diagnosis.policy
			? {
					cloud: diagnosis.policy.cloud,
					evidence: diagnosis.policy.evidence,
					ports: diagnosis.policy.ports,
					sentence: diagnosis.policy.sentence,
				}
			: null,
		ipFamilies: diagnosis.families
			? {
					checks: diagnosis.families.checks.map((check) => ({
						port: check.port,
						family: check.family,
						address: check.address,
						outcome: check.outcome,
						errorCode: check.errorCode ?? null,
						ms: check.ms,
					})),
					trapPorts: diagnosis.families.trapPorts,
					ipv4FailPorts: diagnosis.families.ipv4FailPorts,
					sentence: diagnosis.families.sentence ?? null,
				}
			: null,
		controls: diagnosis.controls
			? diagnosis.controls.results.map((result) => ({
					host: result.host,
					address: result.address ?? null,
					forPort: result.forPort,
					port: result.port,
					outcome: result.outcome,
					errorCode: result.errorCode ?? null,
					ms: result.ms,
				}))
			: null,
		clientSettings: options.clientSettings ?? null,
	};
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (U+009B is a one-byte CSI on
// some terminals), line separators and bidi overrides raw. Escaping them keeps `cat report.json`
// safe and parses back to the same strings.
const jsonUnsafe = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON text with the characters JSON.stringify leaves raw escaped (see jsonUnsafe). */
export function terminalSafeJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, undefined, indent).replaceAll(
		jsonUnsafe,
		(char) => '\\u' + char.codePointAt(0)!.toString(16).padStart(4, '0'),
	);
}

/** The JSON report as text: two-space indented, terminal-safe, ends with a newline. */
export function formatJson(diagnosis: Diagnosis, options: JsonOptions = {}): string {
	return `${terminalSafeJson(toJsonReport(diagnosis, options), 2)}\n`;
}

/** The same report on one line (JSON Lines, `check --targets --json`), ending with a newline. */
export function formatJsonLine(diagnosis: Diagnosis, options: JsonOptions = {}): string {
	return `${terminalSafeJson(toJsonReport(diagnosis, options))}\n`;
}
