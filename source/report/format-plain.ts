// The plain-text report: what `smtp-doctor check` prints when stdout is not a TTY or with
// `check`. Layout:
//
//   smtp.example.com  (93.184.215.14, 2606:2800:21f:cb07::1)  took 1.2 s
//
//   Port  Encryption  Status  Time     What it means
//   465   SSL/TLS     ✔ OK    120 ms   Implicit TLS works
//   25    ?           ✖ FAIL  5.0 s    Connection timed out
//
//   Port 465  ✔ OK  Implicit TLS works
//     <summary>
//     What to do: <advice>
//
//   Recommended settings
//     Host smtp.example.com - Port 465 - Encryption SSL/TLS - Authentication: the user name and password your provider gave you
//     <why>
//
// Every string that came from a server or DNS goes through `escapeTerminal`; the only escape
// sequences in the output are our own colours, and only when colour is allowed.
import type {PortResult, RunResult} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {encryptionLabel, formatDuration} from '../state/labels.js';
import {formatStatus} from '../state/row-status.js';
import {createPaint, statusStyles, type Paint} from './color.js';
import {escapeTerminal} from './escape.js';
import {runOutcome, type OutcomeContext} from './outcome.js';
import {
	closingSummary,
	credentialSteps,
	meaningText,
	shownPorts,
	portStatus,
	recommendationLine,
} from './summary.js';
import {transcriptLines} from './transcript.js';
import {describeSafely, type DescribeVerdict} from './types.js';
import {recommendationReason, reportWords} from './words.js';

/** Options of `formatPlain`. */
export type PlainOptions = {
	readonly describe: DescribeVerdict;
	readonly lang?: Lang;
	/** Emit ANSI colours (decide with `shouldUseColor`). Default false. */
	readonly isColor?: boolean;
	/** The login (`--user`) and test message asked for: they decide the outcome too. */
	readonly context?: OutcomeContext;
	/** Print each port's transcript after the table (`--transcript`). Default false. */
	readonly hasTranscript?: boolean;
	/** The provider preset checked against (`--preset`), named in the header. */
	readonly preset?: {readonly id: string; readonly name: string};
};

function pad(text: string, width: number): string {
	const length = [...text].length;
	return length >= width ? `${text} ` : text + ' '.repeat(width - length);
}

function portDetails(port: PortResult, lang: Lang): string[] {
	const words = reportWords(lang);
	const facts: string[] = [];
	if (port.address) {
		facts.push(`${words.usedAddress} ${escapeTerminal(port.address)}`);
	}

	if (port.tls) {
		facts.push(escapeTerminal(port.tls.protocol));
		const cert = port.tls.certificate;
		if (cert) {
			facts.push(
				`${words.certificate} ${escapeTerminal(cert.subject)}, ${cert.daysLeft} ${words.daysLeft}`,
			);
		}
	}

	return facts;
}

function section(
	port: PortResult,
	options: Required<Pick<PlainOptions, 'describe' | 'lang' | 'context'>>,
	paint: Paint,
): string[] {
	const {describe, lang} = options;
	const words = reportWords(lang);
	const status = portStatus(port);
	const text = describeSafely(describe, port.verdict, lang);
	const lines = [
		`${paint('bold', `${words.port} ${port.port}`)}  ${paint(statusStyles[status.kind], formatStatus(status, words.statusWords))}  ${escapeTerminal(text.title)}`,
		`  ${escapeTerminal(text.summary)}`,
	];
	if (text.advice) {
		lines.push(`  ${words.whatToDo}: ${escapeTerminal(text.advice)}`);
	}

	const facts = portDetails(port, lang);
	if (facts.length > 0) {
		lines.push(paint('dim', `  (${facts.join('; ')})`));
	}

	for (const finding of port.findings) {
		const findingText = describeSafely(describe, finding, lang);
		const kind = portStatus({...port, verdict: finding, findings: []});
		lines.push(
			`  ${words.alsoNoticed}: ${paint(statusStyles[kind.kind], kind.symbol)} ${escapeTerminal(findingText.title)}. ${escapeTerminal(findingText.advice)}`.trimEnd(),
		);
	}

	// The credentials steps: AUTH result and the optional test message, each with its verdict.
	for (const step of credentialSteps(port, options)) {
		const kind = portStatus({...port, verdict: step.verdict, findings: []});
		lines.push(
			`  ${step.label}: ${paint(statusStyles[kind.kind], kind.symbol)} ${escapeTerminal(step.text.title)}. ${escapeTerminal(step.text.summary)}`,
		);
		if (step.details) {
			lines.push(`    ${step.details}`);
		}

		if (kind.kind !== 'ok' && step.text.advice) {
			lines.push(`    ${words.whatToDo}: ${escapeTerminal(step.text.advice)}`);
		}
	}

	return lines;
}

/** The plain-text report of a finished run. Ends with a newline. */
export function formatPlain(result: RunResult, options: PlainOptions): string {
	const lang = options.lang ?? 'en';
	const words = reportWords(lang);
	const paint = createPaint(options.isColor ?? false);
	const {describe} = options;
	const lines: string[] = [];

	const addresses =
		result.addresses.length > 0
			? result.addresses.map((address) => escapeTerminal(address.address)).join(', ')
			: words.noAddresses;
	const preset = options.preset
		? `  ${words.preset} ${escapeTerminal(options.preset.name)} (${escapeTerminal(options.preset.id)})`
		: '';
	lines.push(
		`${paint('bold', escapeTerminal(result.host))}  (${words.addresses}: ${addresses})  ${words.took} ${formatDuration(result.durationMs)}${preset}`,
		'',
	);

	if (result.resolveVerdict) {
		const text = describeSafely(describe, result.resolveVerdict, lang);
		lines.push(
			`${words.dns}: ${paint('red', escapeTerminal(text.title))}`,
			`  ${escapeTerminal(text.summary)}`,
		);
		if (text.advice) {
			lines.push(`  ${words.whatToDo}: ${escapeTerminal(text.advice)}`);
		}

		lines.push('');
	}

	// When the name did not resolve, every port would repeat the DNS verdict: it is said once
	// above and the table is left out (the JSON keeps the ports).
	const ports = shownPorts(result);
	const header = [words.port, words.encryption, words.status, words.time, words.meaning];
	const rows = ports.map((port) => {
		const status = portStatus(port);
		return {
			status,
			cells: [
				String(port.port),
				encryptionLabel(port.encryption),
				formatStatus(status, words.statusWords),
				formatDuration(port.totalMs),
				escapeTerminal(meaningText(port, describe, lang)),
			],
		};
	});
	const widths = header.map(
		(title, column) =>
			Math.max([...title].length, ...rows.map((row) => [...(row.cells[column] ?? '')].length)) + 1,
	);
	const renderRow = (cells: readonly string[], statusStyle?: Parameters<Paint>[0]): string =>
		cells
			.map((cell, column) => {
				const padded = column === cells.length - 1 ? cell : pad(cell, widths[column]! + 1);
				return column === 2 && statusStyle ? paint(statusStyle, padded) : padded;
			})
			.join('')
			.trimEnd();

	if (rows.length > 0) {
		lines.push(paint('bold', renderRow(header)));
		for (const row of rows) {
			lines.push(renderRow(row.cells, statusStyles[row.status.kind]));
		}
	}

	if (options.hasTranscript) {
		for (const port of ports) {
			const transcript = transcriptLines(port);
			if (transcript.length > 0) {
				lines.push(
					'',
					...transcript.map((line) => (line.startsWith(' ') ? line : paint('bold', line))),
				);
			}
		}
	}

	for (const port of ports) {
		lines.push('', ...section(port, {describe, lang, context: options.context ?? {}}, paint));
	}

	lines.push('');
	if (result.isCancelled) {
		lines.push(paint('yellow', words.cancelled));
	}

	const context = options.context ?? {};
	const line = recommendationLine(
		result,
		lang,
		context.user === undefined ? {} : {user: context.user},
	);
	if (line && result.recommendation) {
		if (result.isCancelled) {
			lines.push('');
		}

		lines.push(
			paint('bold', words.recommended),
			`  ${paint('green', line)}`,
			`  ${recommendationReason(result.recommendation, lang)}`,
		);
	}

	const details = runOutcome(result, context);
	const closing = result.isCancelled ? undefined : closingSummary(details, {describe, lang});
	if (closing) {
		lines.push(
			...(line ? [''] : []),
			paint(details.outcome === 'inconclusive' ? 'yellow' : 'red', closing),
		);
	}

	return `${lines.join('\n')}\n`;
}
