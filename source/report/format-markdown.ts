// The Markdown report a user can paste into a ticket or chat (TUI key "s", `--report FILE`).
// Redacted: AUTH arguments and SASL answers are masked, and any string listed in `redact`
// (a user name, an address) is replaced wherever it appears. Server text is escaped for
// Markdown and for terminals, since reports get `cat`-ed too.
import type {PortResult, RunResult} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {redactDeep, type Redactor} from '../engine/redact.js';
import {encryptionLabel, formatDuration} from '../state/labels.js';
import {formatStatus} from '../state/row-status.js';
import {escapeTerminal, redactTranscript} from './escape.js';
import {runOutcome, type OutcomeContext} from './outcome.js';
import {
	closingSummary,
	credentialSteps,
	meaningText,
	shownPorts,
	portStatus,
	recommendationLine,
} from './summary.js';
import {describeSafely, type DescribeVerdict} from './types.js';
import {recommendationReason, reportWords} from './words.js';

/** Options of `formatMarkdownReport`. */
export type MarkdownOptions = {
	readonly describe: DescribeVerdict;
	readonly lang?: Lang;
	readonly version?: string;
	/** Scrubs secrets wherever they appear (`createRedactor` from source/engine/redact.ts). */
	readonly redact?: Redactor;
	/** Include each port's transcript (default true). */
	readonly hasTranscript?: boolean;
	/** The login (`--user`) and test message asked for: they decide the outcome too. */
	readonly context?: OutcomeContext;
	/** The provider preset checked against (`--preset`), named in the header. */
	readonly preset?: {readonly id: string; readonly name: string};
};

/** Inline Markdown text: terminal-safe, with the characters that start formatting escaped. */
function inline(text: string): string {
	return escapeTerminal(text).replaceAll(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`);
}

/** A fenced code block that server text cannot close early. */
function fenced(lines: readonly string[]): string[] {
	const longestRun = Math.max(
		2,
		...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))),
	);
	const fence = '`'.repeat(longestRun + 1);
	return [fence, ...lines.map((line) => escapeTerminal(line)), fence];
}

function portSection(
	port: PortResult,
	options: {
		readonly describe: DescribeVerdict;
		readonly lang: Lang;
		readonly hasTranscript: boolean;
		readonly context: OutcomeContext;
	},
): string[] {
	const {describe, lang} = options;
	const words = reportWords(lang);
	const status = portStatus(port);
	const text = describeSafely(describe, port.verdict, lang);
	const lines = [
		`### ${words.port} ${port.port}: ${formatStatus(status, words.statusWords)} ${inline(text.title)}`,
		'',
		inline(text.summary),
		'',
	];
	if (text.advice) {
		lines.push(`**${words.whatToDo}:** ${inline(text.advice)}`, '');
	}

	const facts: string[] = [`- ${words.encryption}: ${encryptionLabel(port.encryption)}`];
	if (port.address) {
		facts.push(`- ${words.usedAddress}: ${inline(port.address)}`);
	}

	if (port.greeting) {
		facts.push(`- greeting: \`${escapeTerminal(port.greeting).replaceAll('`', "'")}\``);
	}

	if (port.tls) {
		facts.push(`- TLS: ${inline(port.tls.protocol)}, ${inline(port.tls.cipher)}`);
		const cert = port.tls.certificate;
		if (cert) {
			facts.push(
				`- ${words.certificate}: ${inline(cert.subject)} (${inline(cert.issuer)}), ${cert.daysLeft} ${words.daysLeft}, SHA-256 ${inline(cert.fingerprintSha256)}`,
			);
		}
	}

	if (port.capabilities) {
		facts.push(`- EHLO: ${inline(port.capabilities.raw.join(', '))}`);
	}

	for (const finding of port.findings) {
		const findingText = describeSafely(describe, finding, lang);
		facts.push(
			`- ${words.alsoNoticed}: ${inline(findingText.title)}. ${inline(findingText.advice)}`,
		);
	}

	// The login and the test message: verdict title, summary and advice, with the user name
	// (not a secret) and the message's envelope and queue id. The password never gets here.
	for (const step of credentialSteps(port, options)) {
		const kind = portStatus({...port, verdict: step.verdict, findings: []});
		facts.push(
			`- **${inline(step.label)}:** ${formatStatus(kind, words.statusWords)} ${inline(step.text.title)}. ${inline(step.text.summary)}`,
		);
		if (step.details) {
			facts.push(`  - ${inline(step.details)}`);
		}

		if (kind.kind !== 'ok' && step.text.advice) {
			facts.push(`  - ${words.whatToDo}: ${inline(step.text.advice)}`);
		}
	}

	lines.push(...facts, '');
	if (port.phases.length > 0) {
		lines.push('| phase | attempt | start | duration | ok | detail |', '|---|---|---|---|---|---|');
		for (const phase of port.phases) {
			lines.push(
				`| ${phase.phase} | ${phase.attempt} | ${phase.startMs} ms | ${phase.durationMs} ms | ${phase.isOk ? 'yes' : 'no'} | ${inline(phase.detail ?? '')} |`,
			);
		}

		lines.push('');
	}

	if (options.hasTranscript && port.transcript.length > 0) {
		const arrows = {send: '>', receive: '<', note: '*'} as const;
		lines.push(
			...fenced(
				redactTranscript(port.transcript).map(
					(entry) =>
						`${String(entry.atMs).padStart(6)} ms ${entry.isEncrypted ? '~' : ' '}${arrows[entry.direction]} ${entry.text}`,
				),
			),
			'',
		);
	}

	return lines;
}

/** The redacted Markdown report of a finished run. Ends with a newline. */
export function formatMarkdownReport(original: RunResult, options: MarkdownOptions): string {
	const redact: Redactor = options.redact ?? ((text) => text);
	// Redact the data first, then the words made from it (a title may quote a param).
	const result = redactDeep(original, redact);
	const lang = options.lang ?? 'en';
	const words = reportWords(lang);
	const describe: DescribeVerdict = (verdict, verdictLang) =>
		redactDeep(options.describe(verdict, verdictLang), redact);
	const lines: string[] = [
		`# smtp-doctor: ${inline(result.host)}`,
		'',
		`- ${inline(result.startedAt)}, ${words.took} ${formatDuration(result.durationMs)}${options.version ? `, smtp-doctor ${inline(options.version)}` : ''}`,
		`- ${words.addresses}: ${result.addresses.length > 0 ? result.addresses.map((address) => inline(address.address)).join(', ') : words.noAddresses}`,
	];
	if (options.preset) {
		lines.push(`- ${words.preset}: ${inline(options.preset.name)} (${inline(options.preset.id)})`);
	}

	if (result.isCancelled) {
		lines.push(`- ${words.cancelled}`);
	}

	lines.push('');
	if (result.resolveVerdict) {
		const text = describeSafely(describe, result.resolveVerdict, lang);
		lines.push(
			`**${words.dns}: ${inline(text.title)}.** ${inline(text.summary)} ${inline(text.advice)}`.trimEnd(),
			'',
		);
	}

	// When the name did not resolve, every port repeats the DNS verdict: said once above.
	const ports = shownPorts(result);
	if (ports.length > 0) {
		lines.push(
			`| ${words.port} | ${words.encryption} | ${words.status} | ${words.time} | ${words.meaning} |`,
			'|---:|---|---|---:|---|',
		);
	}

	for (const port of ports) {
		lines.push(
			`| ${port.port} | ${encryptionLabel(port.encryption)} | ${formatStatus(portStatus(port), words.statusWords)} | ${formatDuration(port.totalMs)} | ${inline(meaningText(port, describe, lang))} |`,
		);
	}

	lines.push('', `## ${words.recommended}`, '');
	const context = options.context ?? {};
	const line = recommendationLine(
		result,
		lang,
		context.user === undefined ? {} : {user: context.user},
	);
	if (line && result.recommendation) {
		lines.push(`**${inline(line)}**`, '', recommendationReason(result.recommendation, lang), '');
	}

	const closing = result.isCancelled
		? undefined
		: closingSummary(runOutcome(result, context), {describe, lang});
	if (closing) {
		lines.push(inline(closing), '');
	}

	const sectionOptions = {describe, lang, hasTranscript: options.hasTranscript ?? true, context};
	for (const port of ports) {
		lines.push(...portSection(port, sectionOptions));
	}

	return `${lines.join('\n').trimEnd()}\n`;
}
