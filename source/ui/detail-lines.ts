// The port detail as a list of lines, so the screen can scroll it as one pane.
import type {EhloCapabilities} from '../engine/types.js';
import type {Tone} from './theme.js';
import {
	encryptionLabel,
	formatDuration as formatMs,
	phaseLabel,
	type PortRowState,
} from '../state/index.js';
import type {DescribeVerdict} from './view-model.js';
import {wordWrap} from './word-wrap.js';

/** One line of a scrollable pane. */
export type PaneLine = {readonly text: string; readonly tone?: Tone; readonly isHeading?: boolean};

const severityTone = {ok: 'ok', warn: 'warn', fail: 'fail', info: 'info'} as const;

function capabilityWords(caps: EhloCapabilities): string[] {
	const words = [
		caps.startTls ? 'STARTTLS' : '',
		caps.authMechanisms.length > 0 ? `AUTH ${caps.authMechanisms.join(' ')}` : 'no AUTH',
		caps.size === undefined ? '' : `SIZE ${caps.size}`,
		caps.pipelining ? 'PIPELINING' : '',
		caps.eightBitMime ? '8BITMIME' : '',
		caps.smtpUtf8 ? 'SMTPUTF8' : '',
		caps.enhancedStatusCodes ? 'ENHANCEDSTATUSCODES' : '',
		caps.chunking ? 'CHUNKING' : '',
		caps.dsn ? 'DSN' : '',
		caps.requireTls ? 'REQUIRETLS' : '',
	];
	return words.filter(Boolean);
}

/** Everything known about one port, top to bottom: verdict, timeline, TLS, EHLO, transcript. */
export function buildDetailLines(result: PortRowState, describe: DescribeVerdict): PaneLine[] {
	const lines: PaneLine[] = [];
	lines.push({text: 'Verdict', isHeading: true});
	if (result.verdict) {
		const words = describe(result.verdict);
		lines.push(
			{text: words.title, tone: severityTone[result.verdict.severity]},
			{text: words.summary},
			{text: `What to do: ${words.advice}`},
		);
	} else {
		const phase = result.currentPhase ? phaseLabel(result.currentPhase.phase) : 'waiting';
		lines.push(
			result.progress === 'pending' && !result.currentPhase
				? {text: 'Not probed yet (or the run was stopped before this port).', tone: 'muted'}
				: {text: `Still running: ${phase}...`, tone: 'pending'},
		);
	}

	for (const finding of result.findings) {
		const findingWords = describe(finding);
		lines.push({
			text: `Also: ${findingWords.title}. ${findingWords.advice}`,
			tone: severityTone[finding.severity],
		});
	}

	lines.push(
		{text: ''},
		{
			text: `Timeline (encryption ${encryptionLabel(result.encryption)}, ${result.attempts} connection${result.attempts === 1 ? '' : 's'}${result.address ? `, address ${result.address}` : ''})`,
			isHeading: true,
		},
	);
	for (const phase of result.phases) {
		const attempt = result.attempts > 1 ? ` #${phase.attempt}` : '';
		lines.push({
			text: `${phase.isOk ? '✔' : '✘'} ${`${phase.phase}${attempt}`.padEnd(12)} +${String(Math.round(phase.startMs)).padStart(5)} ms  ${formatMs(phase.durationMs).padStart(8)}  ${phase.detail ?? ''}`,
			tone: phase.isOk ? undefined : 'fail',
		});
	}

	if (result.totalMs !== undefined) {
		lines.push({text: `Total ${formatMs(result.totalMs)}`, tone: 'muted'});
	}

	const {tls} = result;
	if (tls) {
		lines.push(
			{text: ''},
			{text: 'TLS', isHeading: true},
			{
				text: `Protocol ${tls.protocol}, cipher ${tls.cipher}, handshake ${formatMs(tls.handshakeMs)}`,
			},
			{
				text: `Chain trusted: ${tls.isTrusted ? 'yes' : `no (${tls.trustError ?? 'unknown reason'})`}`,
				tone: tls.isTrusted ? 'ok' : 'fail',
			},
			{
				text: `Name ${tls.servername} on the certificate: ${tls.isHostnameMatch ? 'yes' : 'no'}`,
				tone: tls.isHostnameMatch ? 'ok' : 'fail',
			},
		);
		const cert = tls.certificate;
		if (cert) {
			lines.push(
				{text: `Subject ${cert.subject}`},
				{text: `Names (SAN) ${cert.subjectAltNames.join(', ') || 'none'}`},
				{text: `Issuer ${cert.issuer}${cert.isSelfSigned ? ' (self-signed)' : ''}`},
				{
					text: `Valid ${cert.validFrom} to ${cert.validTo} (${cert.daysLeft < 0 ? `expired ${-cert.daysLeft} days ago` : `${cert.daysLeft} days left`})`,
					tone: cert.daysLeft < 0 ? 'fail' : cert.daysLeft < 14 ? 'warn' : undefined,
				},
				{text: `SHA-256 ${cert.fingerprintSha256}`, tone: 'muted'},
				{text: `Chain sent: ${cert.chainLength} certificate${cert.chainLength === 1 ? '' : 's'}`},
			);
		}
	}

	if (result.capabilitiesBeforeTls ?? result.capabilities) {
		lines.push({text: ''}, {text: 'EHLO capabilities', isHeading: true});
		if (result.capabilitiesBeforeTls && result.capabilities !== result.capabilitiesBeforeTls) {
			lines.push({
				text: `Before TLS: ${capabilityWords(result.capabilitiesBeforeTls).join(', ')}`,
			});
		}

		if (result.capabilities) {
			const where = result.encryption === 'none' ? 'In clear' : 'Inside TLS';
			lines.push({text: `${where}: ${capabilityWords(result.capabilities).join(', ')}`});
		}
	}

	lines.push(
		{text: ''},
		{text: 'Transcript (server text escaped, secrets redacted)', isHeading: true},
	);
	if (result.greeting) {
		lines.push({text: `Greeting: ${result.greeting}`, tone: 'muted'});
	}

	for (const entry of result.transcript) {
		const arrow = entry.direction === 'send' ? 'C:' : entry.direction === 'receive' ? 'S:' : '--';
		const lock = entry.isEncrypted ? 'tls' : '   ';
		lines.push({
			text: `${String(Math.round(entry.atMs)).padStart(5)} ms ${lock} ${arrow} ${entry.text}`,
			tone:
				entry.direction === 'note' ? 'muted' : entry.direction === 'send' ? 'accent' : undefined,
		});
	}

	if (result.transcript.length === 0) {
		lines.push({text: '(nothing was exchanged)', tone: 'muted'});
	}

	return lines;
}

/** Wraps every line to `width` (continuations indented), keeping each line's tone. */
export function wrapPaneLines(lines: readonly PaneLine[], width: number): PaneLine[] {
	return lines.flatMap((line) => {
		if (line.text.length <= width) {
			return [line];
		}

		return wordWrap(line.text, width - 2).map((text, index) => ({
			...line,
			text: index === 0 ? text : `  ${text}`,
		}));
	});
}
