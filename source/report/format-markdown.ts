// The Markdown report a user can paste into a ticket or chat (TUI key "s", `--report FILE`).
// Redacted: AUTH arguments and SASL answers are masked, and any string listed in `redact`
// (a user name, an address) is replaced wherever it appears. Server text is escaped for
// Markdown and for terminals, since reports get `cat`-ed too.
import {redactDeep, type Redactor} from '../engine/redact.js';
import {formatDuration} from '../state/labels.js';
import {formatStatus, rowStatusDisplays, type RowStatusKind} from '../state/row-status.js';
import type {Diagnosis, DiagnosisRow} from './diagnosis.js';
import {escapeTerminal, redactTranscript} from './escape.js';
import type {ReportWords} from '../i18n/report-words.js';

/** Options of `formatMarkdownReport`. */
export type MarkdownOptions = {
	readonly version?: string;
	/** Scrubs secrets wherever they appear (`createRedactor` from source/engine/redact.ts). */
	readonly redact?: Redactor;
	/** Include each port's transcript (default true). */
	readonly hasTranscript?: boolean;
	/** Extra lines under the header (the lab's port map). */
	readonly headerLines?: readonly string[];
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

function statusText(kind: RowStatusKind, words: ReportWords): string {
	return formatStatus(rowStatusDisplays[kind], words.statusWords);
}

function portSection(
	row: DiagnosisRow,
	diagnosis: Diagnosis,
	options: {readonly hasTranscript: boolean},
): string[] {
	const words = diagnosis.words;
	const port = row.result;
	const {verdict} = row;
	if (!verdict || !port) {
		return [`### ${words.port} ${row.port}: ${statusText(row.status, words)}`, ''];
	}

	const lines = [
		`### ${words.port} ${row.port}: ${statusText(row.status, words)} ${inline(verdict.title)}`,
		'',
		inline(verdict.summary),
		'',
	];
	if (row.advice) {
		lines.push(`**${words.whatToDo}:** ${inline(row.advice)}`, '');
	}

	for (const note of row.notes) {
		lines.push(`> ${inline(note)}`, '');
	}

	const facts: string[] = [`- ${words.encryption}: ${row.encryptionLabel}`];
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

	for (const finding of row.findings) {
		facts.push(`- ${words.alsoNoticed}: ${inline(finding.title)}. ${inline(finding.advice)}`);
	}

	// The login and the test message: verdict title, summary and advice, with the user name
	// (not a secret) and the message's envelope and queue id. The password never gets here.
	for (const step of row.steps) {
		facts.push(
			`- **${inline(step.label)}:** ${statusText(step.status, words)} ${inline(step.title)}. ${inline(step.summary)}`,
		);
		if (step.details) {
			facts.push(`  - ${inline(step.details)}`);
		}

		if (step.status !== 'ok' && step.advice) {
			facts.push(`  - ${words.whatToDo}: ${inline(step.advice)}`);
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

/** The redacted Markdown report of a diagnosed run. Ends with a newline. */
export function formatMarkdownReport(original: Diagnosis, options: MarkdownOptions = {}): string {
	const redact: Redactor = options.redact ?? ((text) => text);
	// Redact the whole diagnosis (data and the words made from it: a title may quote a param).
	const diagnosis = redactDeep(original, redact);
	const words = diagnosis.words;
	const lines: string[] = [
		`# smtp-doctor: ${inline(diagnosis.displayHost)}`,
		'',
		`- ${inline(diagnosis.startedAt ?? '')}, ${words.took} ${formatDuration(diagnosis.durationMs ?? 0)}${options.version ? `, smtp-doctor ${inline(options.version)}` : ''}`,
		`- ${words.addresses}: ${diagnosis.addresses.length > 0 ? diagnosis.addresses.map((address) => inline(address.address)).join(', ') : words.noAddresses}`,
		...(options.headerLines ?? []),
	];
	if (diagnosis.preset) {
		lines.push(
			`- ${words.preset}: ${inline(diagnosis.preset.name)}${diagnosis.preset.id ? ` (${inline(diagnosis.preset.id)})` : ''}`,
		);
	}

	if (diagnosis.isCancelled) {
		lines.push(`- ${words.cancelled}`);
	}

	lines.push('');
	if (diagnosis.dns) {
		const {dns} = diagnosis;
		lines.push(
			`**${words.dns}: ${inline(dns.title)}.** ${inline(dns.summary)} ${inline(dns.advice)}`.trimEnd(),
			'',
		);
	}

	const {rows} = diagnosis;
	if (rows.length > 0) {
		lines.push(
			`| ${words.port} | ${words.encryption} | ${words.status} | ${words.time} | ${words.meaning} |`,
			'|---:|---|---|---:|---|',
		);
	}

	for (const row of rows) {
		lines.push(
			`| ${row.port} | ${row.encryptionLabel} | ${statusText(row.status, words)} | ${row.totalMs === undefined ? '' : formatDuration(row.totalMs)} | ${inline(row.headline)} |`,
		);
	}

	lines.push('', `## ${words.recommended}`, '');
	const {recommendation, conclusion} = diagnosis;
	if (recommendation) {
		lines.push(`**${inline(recommendation.line)}**`, '', inline(recommendation.why), '');
		if (recommendation.note) {
			lines.push(inline(recommendation.note), '');
		}
	}

	if (conclusion.sentence && !diagnosis.isCancelled) {
		lines.push(inline(conclusion.sentence), '');
		if (conclusion.nextStep) {
			lines.push(`**${words.nextStep}:** ${inline(conclusion.nextStep)}`, '');
		}
	}

	if (diagnosis.policy) {
		lines.push(inline(diagnosis.policy.sentence), '');
	}

	if (diagnosis.families?.sentence) {
		lines.push(inline(diagnosis.families.sentence), '');
	}

	if (diagnosis.controls) {
		lines.push(
			`**${inline(diagnosis.controls.title)}:**`,
			'',
			...diagnosis.controls.results.map((result) => `- ${inline(result.text)}`),
			...(diagnosis.controls.note ? [`- ${inline(diagnosis.controls.note)}`] : []),
			'',
		);
	}

	if (diagnosis.preset && diagnosis.preset.lines.length > 0) {
		lines.push(
			inline(diagnosis.preset.title),
			'',
			...diagnosis.preset.lines.map((line) => `- ${inline(line.text)}`),
			'',
		);
	}

	for (const row of rows) {
		lines.push(...portSection(row, diagnosis, {hasTranscript: options.hasTranscript ?? true}));
	}

	return `${lines.join('\n').trimEnd()}\n`;
}
