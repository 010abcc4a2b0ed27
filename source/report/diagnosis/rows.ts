// One row of the diagnosis per port: status, encryption, headline, steps, findings, notes.
import {isIP} from 'node:net';
import type {PortResult} from '../../engine/types.js';
import {encryptionLabel} from '../../state/labels.js';
import type {PortRowState, ProbeState} from '../../state/probe-reducer.js';
import {rowStatusKind} from '../../state/row-status.js';
import {escapeTerminal} from '../escape.js';
import {effectiveCode, portKind} from '../port-kind.js';
import type {RankedSetting} from '../ranking.js';
import {fill, type ReportWords} from '../../i18n/report-words.js';
import {describeVerdict, isRelay} from './common.js';
import {controlAdvice} from './network.js';
import type {DiagnoseOptions, DiagnosedVerdict, DiagnosedStep, DiagnosisRow} from './types.js';

/** Facts of a port that its verdict texts may read as params. */
export function portFacts(row: PortRowState): Readonly<Record<string, string>> {
	const before = row.result?.capabilitiesBeforeTls ?? row.capabilitiesBeforeTls;
	return {
		port: String(row.port),
		...(before ? {startTlsOffered: before.startTls ? 'yes' : 'no'} : {}),
	};
}

export function stepsOf(
	row: PortRowState,
	facts: Readonly<Record<string, string>>,
	options: DiagnoseOptions,
	words: ReportWords,
): DiagnosedStep[] {
	const steps: DiagnosedStep[] = [];
	const result = row.result;
	if (result?.auth) {
		const label = result.auth.mechanism ? `${words.login} (${result.auth.mechanism})` : words.login;
		steps.push({
			...describeVerdict(result.auth.verdict, facts, options),
			kind: 'login',
			label: escapeTerminal(label),
			...(options.user === undefined
				? {}
				: {details: escapeTerminal(fill(words.loginAs, {user: options.user}))}),
		});
	}

	if (result?.send) {
		const message = options.testMessage?.port === row.port ? options.testMessage : undefined;
		const details = [
			...(message
				? [
						`${words.from} ${message.from}`,
						`${words.to} ${message.to}`,
						`${words.subject} "${message.subject}"`,
					]
				: []),
			...(result.send.queueId ? [`${words.queueId} ${result.send.queueId}`] : []),
		];
		steps.push({
			...describeVerdict(result.send.verdict, facts, options),
			kind: 'test-message',
			label: words.testMessage,
			...(details.length > 0 ? {details: escapeTerminal(details.join(', '))} : {}),
		});
	}

	return steps;
}

/** The host and the certificate's DNS names, when the user typed an address the certificate does not name. */
export function ipCertificateNames(host: string, result: PortResult | undefined): string[] {
	if (isIP(host.replace(/^\[|\]$/g, '')) === 0) {
		return [];
	}

	const names = result?.tls?.certificate?.subjectAltNames ?? [];
	return names
		.filter((name) => name.startsWith('DNS:'))
		.map((name) => name.slice(4))
		.filter((name) => name !== '' && !name.startsWith('*'));
}

/**
 * Notes that explain a port's judgement beside the others: the same fact judged differently on
 * relay port 25 and on a login port (rule 4), an IP address typed where the certificate names a
 * host (rule 7).
 */
export function rowNotes(
	row: PortRowState,
	all: readonly PortRowState[],
	host: string,
	options: DiagnoseOptions,
	words: ReportWords,
): string[] {
	const notes: string[] = [];
	const verdict = row.result?.verdict ?? row.verdict;
	if (verdict) {
		const code = effectiveCode(verdict);
		const others = all.filter(
			(other) =>
				other.port !== row.port &&
				other.verdict !== undefined &&
				effectiveCode(other.verdict) === code &&
				other.verdict.severity !== verdict.severity,
		);
		if (others.length > 0) {
			const isCertificate = portKind(verdict) === 'certificate';
			const template = isRelay(options, row.port)
				? isCertificate
					? words.severityRelayCertificate
					: words.severityRelay
				: isCertificate
					? words.severityClientCertificate
					: words.severityClient;
			notes.push(
				fill(template, {
					port: row.port,
					others: others.map((other) => other.port).join(', '),
				}),
			);
		}
	}

	const names = ipCertificateNames(host, row.result);
	if (names.length > 0) {
		notes.push(
			escapeTerminal(
				fill(words.ipCertificateName, {names: names.join(', '), name: names[0] ?? ''}),
			),
		);
	}

	return notes;
}

export function headlineOf(
	verdict: DiagnosedVerdict,
	findings: readonly DiagnosedVerdict[],
): string {
	if (verdict.verdict.severity !== 'ok') {
		return verdict.title;
	}

	const warning = findings.find(
		(finding) => finding.verdict.severity === 'warn' || finding.verdict.severity === 'fail',
	);
	return warning ? `${verdict.title} · ${warning.title}` : verdict.title;
}

export function meaningOf(
	verdict: DiagnosedVerdict,
	steps: readonly DiagnosedStep[],
	findings: readonly DiagnosedVerdict[],
): string {
	const seen = new Set<string>();
	return [verdict, ...steps, ...findings]
		.filter((item) => {
			const isNew = !seen.has(item.verdict.code);
			seen.add(item.verdict.code);
			return isNew;
		})
		.map((item) => item.title)
		.join(' · ');
}

export function diagnoseRow(
	row: PortRowState,
	state: ProbeState,
	options: DiagnoseOptions,
	words: ReportWords,
	best: RankedSetting | undefined,
): DiagnosisRow {
	const result = row.result;
	const status = rowStatusKind(row, state);
	const base = {
		port: row.port,
		progress: row.progress,
		status,
		encryption: row.encryption,
		encryptionLabel: encryptionLabel(row.encryption),
		...(row.totalMs === undefined ? {} : {totalMs: row.totalMs}),
		live: row,
	};
	if (!row.verdict) {
		return {...base, headline: '', meaning: '', advice: '', findings: [], steps: [], notes: []};
	}

	const facts = portFacts(row);
	const findings = row.findings.map((finding) => describeVerdict(finding, facts, options));
	const verdict = describeVerdict(row.verdict, facts, options, row.findings);
	const steps = stepsOf(row, facts, options, words);
	// Another port worked in this run: say so, with its mode (rule 1), instead of a static guess.
	const isWorse = status === 'fail' || status === 'warn' || status === 'info';
	const elsewhere =
		best && best.port !== row.port && isWorse
			? fill(words.useWorkingPort, {
					port: best.port,
					encryption: encryptionLabel(best.encryption),
				})
			: '';
	// A port nothing answered on, with control probes: they tell network from server.
	const judged = controlAdvice(result, options.controls, words);
	return {
		...base,
		verdict,
		headline: headlineOf(verdict, findings),
		meaning: meaningOf(verdict, steps, findings),
		advice: [judged ?? verdict.advice, elsewhere].filter(Boolean).join(' '),
		findings,
		steps,
		notes: rowNotes(row, state.rows, state.host, options, words),
		...(result ? {result} : {}),
	};
}
