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
import type {PortResult} from '../engine/types.js';
import {formatDuration} from '../state/labels.js';
import {formatStatus, rowStatusDisplays} from '../state/row-status.js';
import {createPaint, statusStyles, type Paint} from './color.js';
import type {Diagnosis, DiagnosisRow} from './diagnosis.js';
import {escapeTerminal} from './escape.js';
import {transcriptLines} from './transcript.js';

/** Options of `formatPlain`. */
export type PlainOptions = {
	/** Emit ANSI colours (decide with `shouldUseColor`). Default false. */
	readonly isColor?: boolean;
	/** Print each port's transcript after the table (`--transcript`). Default false. */
	readonly hasTranscript?: boolean;
};

function pad(text: string, width: number): string {
	const length = [...text].length;
	return length >= width ? `${text} ` : text + ' '.repeat(width - length);
}

function portDetails(port: PortResult, diagnosis: Diagnosis): string[] {
	const words = diagnosis.words;
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

function status(kind: DiagnosisRow['status'], paint: Paint, diagnosis: Diagnosis): string {
	const words = diagnosis.words;
	return paint(statusStyles[kind], formatStatus(rowStatusDisplays[kind], words.statusWords));
}

function section(row: DiagnosisRow, diagnosis: Diagnosis, paint: Paint): string[] {
	const words = diagnosis.words;
	const {verdict} = row;
	if (!verdict) {
		return [
			`${paint('bold', `${words.port} ${row.port}`)}  ${status(row.status, paint, diagnosis)}`,
		];
	}

	const lines = [
		`${paint('bold', `${words.port} ${row.port}`)}  ${status(row.status, paint, diagnosis)}  ${verdict.title}`,
		`  ${verdict.summary}`,
	];
	if (row.advice) {
		lines.push(`  ${words.whatToDo}: ${row.advice}`);
	}

	const facts = row.result ? portDetails(row.result, diagnosis) : [];
	if (facts.length > 0) {
		lines.push(paint('dim', `  (${facts.join('; ')})`));
	}

	for (const note of row.notes) {
		lines.push(`  ${note}`);
	}

	for (const finding of row.findings) {
		lines.push(
			`  ${words.alsoNoticed}: ${paint(statusStyles[finding.status], rowStatusDisplays[finding.status].symbol)} ${finding.title}. ${finding.advice}`.trimEnd(),
		);
	}

	// The credentials steps: AUTH result and the optional test message, each with its verdict.
	for (const step of row.steps) {
		lines.push(
			`  ${step.label}: ${paint(statusStyles[step.status], rowStatusDisplays[step.status].symbol)} ${step.title}. ${step.summary}`,
		);
		if (step.details) {
			lines.push(`    ${step.details}`);
		}

		if (step.status !== 'ok' && step.advice) {
			lines.push(`    ${words.whatToDo}: ${step.advice}`);
		}
	}

	return lines;
}

/** The plain-text report of a diagnosed run. Ends with a newline. */
export function formatPlain(diagnosis: Diagnosis, options: PlainOptions = {}): string {
	const words = diagnosis.words;
	const paint = createPaint(options.isColor ?? false);
	const lines: string[] = [];

	const addresses =
		diagnosis.addresses.length > 0
			? diagnosis.addresses.map((address) => escapeTerminal(address.address)).join(', ')
			: words.noAddresses;
	const preset = diagnosis.preset
		? `  ${words.preset} ${escapeTerminal(diagnosis.preset.name)}${diagnosis.preset.id ? ` (${escapeTerminal(diagnosis.preset.id)})` : ''}`
		: '';
	lines.push(
		`${paint('bold', escapeTerminal(diagnosis.host))}  (${words.addresses}: ${addresses})  ${words.took} ${formatDuration(diagnosis.durationMs ?? 0)}${preset}`,
		'',
	);

	if (diagnosis.dns) {
		const {dns} = diagnosis;
		lines.push(`${words.dns}: ${paint('red', dns.title)}`, `  ${dns.summary}`);
		if (dns.advice) {
			lines.push(`  ${words.whatToDo}: ${dns.advice}`);
		}

		lines.push('');
	}

	const {rows} = diagnosis;
	const header = [words.port, words.encryption, words.status, words.time, words.meaning];
	const cells = rows.map((row) => ({
		kind: row.status,
		cells: [
			String(row.port),
			row.encryptionLabel,
			formatStatus(rowStatusDisplays[row.status], words.statusWords),
			row.totalMs === undefined ? '' : formatDuration(row.totalMs),
			row.headline,
		],
	}));
	const widths = header.map(
		(title, column) =>
			Math.max([...title].length, ...cells.map((row) => [...(row.cells[column] ?? '')].length)) + 1,
	);
	const renderRow = (values: readonly string[], statusStyle?: Parameters<Paint>[0]): string =>
		values
			.map((cell, column) => {
				const padded = column === values.length - 1 ? cell : pad(cell, widths[column]! + 1);
				return column === 2 && statusStyle ? paint(statusStyle, padded) : padded;
			})
			.join('')
			.trimEnd();

	if (cells.length > 0) {
		lines.push(paint('bold', renderRow(header)));
		for (const row of cells) {
			lines.push(renderRow(row.cells, statusStyles[row.kind]));
		}
	}

	if (options.hasTranscript) {
		for (const row of rows) {
			const transcript = row.result ? transcriptLines(row.result) : [];
			if (transcript.length > 0) {
				lines.push(
					'',
					...transcript.map((line) => (line.startsWith(' ') ? line : paint('bold', line))),
				);
			}
		}
	}

	for (const row of rows) {
		lines.push('', ...section(row, diagnosis, paint));
	}

	lines.push('');
	const {conclusion, recommendation} = diagnosis;
	if (diagnosis.isCancelled) {
		lines.push(paint('yellow', words.cancelled));
	}

	if (recommendation) {
		if (diagnosis.isCancelled) {
			lines.push('');
		}

		lines.push(
			paint('bold', words.recommended),
			`  ${paint('green', recommendation.line)}`,
			`  ${recommendation.why}`,
		);
		if (recommendation.note) {
			lines.push(`  ${paint('yellow', recommendation.note)}`);
		}
	}

	if (conclusion.sentence && !diagnosis.isCancelled) {
		lines.push(
			...(recommendation ? [''] : []),
			paint(conclusion.outcome === 'inconclusive' ? 'yellow' : 'red', conclusion.sentence),
		);
		if (conclusion.nextStep) {
			lines.push(`${words.nextStep}: ${conclusion.nextStep}`);
		}
	}

	if (diagnosis.policy) {
		lines.push('', paint('yellow', diagnosis.policy.sentence));
	}

	if (diagnosis.families?.sentence) {
		lines.push('', paint('yellow', diagnosis.families.sentence));
	}

	if (diagnosis.controls) {
		lines.push(
			'',
			`${diagnosis.controls.title}:`,
			...diagnosis.controls.results.map((result) => `  ${result.text}`),
			...(diagnosis.controls.note ? [`  ${diagnosis.controls.note}`] : []),
		);
	}

	if (diagnosis.preset) {
		lines.push(
			'',
			diagnosis.preset.title,
			...diagnosis.preset.lines.map((line) => `  ${line.text}`),
		);
	}

	return `${lines.join('\n')}\n`;
}
