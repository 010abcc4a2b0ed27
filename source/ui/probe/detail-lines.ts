// The port detail as a list of lines, so the screen can scroll it as one pane.
import type {Diagnosis} from '../../report/diagnosis.js';
import type {EhloCapabilities, SmtpReply, Verdict} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import {formatDuration as formatMs, type PortRowState} from '../../state/index.js';
import type {Tone} from '../theme.js';
import {encryptionWords, type DescribeVerdict} from './view-model.js';
import {wordWrap} from '../widgets/word-wrap.js';

/** One line of a scrollable pane. */
export type PaneLine = {
	readonly text: string;
	readonly tone?: Tone;
	readonly isHeading?: boolean;
	/**
	 * Columns of the line's start kept as they are when it wraps (the time and direction of a
	 * transcript line); continuation lines start under the text after them. Default 2.
	 */
	readonly hang?: number;
};

const severityTone = {ok: 'ok', warn: 'warn', fail: 'fail', info: 'info'} as const;

function capabilityWords(caps: EhloCapabilities, t: Translator): string {
	const words = [
		caps.startTls ? 'STARTTLS' : '',
		caps.authMechanisms.length > 0 ? `AUTH ${caps.authMechanisms.join(' ')}` : t('detail.noAuth'),
		caps.size === undefined ? '' : `SIZE ${caps.size}`,
		caps.pipelining ? 'PIPELINING' : '',
		caps.eightBitMime ? '8BITMIME' : '',
		caps.smtpUtf8 ? 'SMTPUTF8' : '',
		caps.enhancedStatusCodes ? 'ENHANCEDSTATUSCODES' : '',
		caps.chunking ? 'CHUNKING' : '',
		caps.dsn ? 'DSN' : '',
		caps.requireTls ? 'REQUIRETLS' : '',
	];
	return words.filter(Boolean).join(', ');
}

function replyWords(reply: SmtpReply): string {
	const text = reply.lines[0] ?? '';
	// Servers repeat the enhanced code at the start of the text ("235 2.7.0 2.7.0 ...").
	const enhanced =
		reply.enhancedCode && !text.startsWith(reply.enhancedCode) ? reply.enhancedCode : undefined;
	return [String(reply.code), enhanced, text].filter(Boolean).join(' ');
}

/** The greeting as the server sent it: with its reply code ("554 5.7.1 ..."), once. */
function greetingWords(result: PortRowState): string {
	const greeting = result.greeting ?? '';
	const code = result.phases.find((phase) => phase.phase === 'greeting')?.detail;
	return code && /^\d{3}$/.test(code) && !greeting.startsWith(code)
		? `${code} ${greeting}`
		: greeting;
}

/** Everything known about one port, top to bottom: verdict, timeline, TLS, EHLO, transcript. */
/**
 * "My network or the server?" for this port (issue 13): the cloud policy, the IPv6 trap and
 * the control connects made for it, in the diagnosis's own (escaped) sentences.
 */
function networkLines(
	port: number,
	network: Pick<Diagnosis, 'controls' | 'families' | 'policy'> | undefined,
): PaneLine[] {
	const lines: PaneLine[] = [];
	if (network?.policy?.ports.includes(port)) {
		lines.push({text: network.policy.sentence, tone: 'warn'});
	}

	if (
		network?.families?.sentence &&
		(network.families.trapPorts.includes(port) || network.families.ipv4FailPorts.includes(port))
	) {
		lines.push({text: network.families.sentence, tone: 'warn'});
	}

	const controls = network?.controls;
	const mine = controls?.results.filter((result) => result.forPort === port) ?? [];
	if (controls && mine.length > 0) {
		lines.push(
			{text: ''},
			{text: controls.title, isHeading: true},
			...mine.map((result): PaneLine => ({
				text: result.text,
				tone: result.outcome === 'connected' ? 'ok' : 'fail',
			})),
			...(controls.note ? [{text: controls.note, tone: 'muted' as const}] : []),
		);
	}

	return lines.length > 0 && lines[0]?.text !== '' ? [{text: ''}, ...lines] : lines;
}

export function buildDetailLines(
	result: PortRowState,
	describe: DescribeVerdict,
	t: Translator,
	mythsFor?: (code: Verdict['code'], port: number) => readonly string[],
	network?: Pick<Diagnosis, 'controls' | 'families' | 'policy'>,
): PaneLine[] {
	const lines: PaneLine[] = [{text: t('detail.verdict'), isHeading: true}];
	if (result.verdict) {
		const words = describe(result.verdict);
		lines.push(
			{text: words.title, tone: severityTone[result.verdict.severity]},
			{text: words.summary},
			{text: t('detail.whatToDo', {advice: words.advice})},
			...(mythsFor?.(result.verdict.code, result.port) ?? []).map((text): PaneLine => ({
				text,
				tone: 'info',
			})),
		);
	} else if (result.progress === 'pending' && !result.currentPhase) {
		lines.push({text: t('detail.notProbed'), tone: 'muted'});
	} else {
		const phase = result.currentPhase ? t(`phase.${result.currentPhase.phase}`) : '';
		lines.push({text: t('detail.stillRunning', {phase}), tone: 'pending'});
	}

	for (const finding of result.findings) {
		const findingWords = describe(finding);
		lines.push({
			text: t('detail.also', {title: findingWords.title, advice: findingWords.advice}),
			tone: severityTone[finding.severity],
		});
	}

	lines.push(...networkLines(result.port, network));
	const auth = result.result?.auth;
	if (auth) {
		const words = describe(auth.verdict);
		lines.push(
			{text: ''},
			{
				text: auth.mechanism
					? t('detail.login', {mechanism: auth.mechanism})
					: t('detail.loginNoMechanism'),
				isHeading: true,
			},
			{text: words.title, tone: severityTone[auth.verdict.severity]},
			{text: words.summary},
		);
		if (auth.reply) {
			lines.push({text: t('detail.loginReply', {reply: replyWords(auth.reply)}), tone: 'muted'});
		}

		if (auth.verdict.severity !== 'ok') {
			lines.push({text: t('detail.whatToDo', {advice: words.advice})});
		}
	}

	const send = result.result?.send;
	if (send) {
		const words = describe(send.verdict);
		lines.push(
			{text: ''},
			{text: t('detail.testMessage'), isHeading: true},
			{text: words.title, tone: severityTone[send.verdict.severity]},
			{text: words.summary},
		);
		if (send.queueId) {
			lines.push({text: t('detail.queueId', {queueId: send.queueId}), tone: 'ok'});
		}

		if (send.messageId) {
			lines.push({text: t('detail.messageId', {messageId: send.messageId}), tone: 'muted'});
		}

		if (send.stage !== 'done') {
			lines.push({text: t('detail.sendStage', {stage: send.stage.toUpperCase()})});
			if (send.reply) {
				lines.push({text: t('detail.loginReply', {reply: replyWords(send.reply)}), tone: 'muted'});
			}

			lines.push({text: t('detail.whatToDo', {advice: words.advice})});
		}
	}

	lines.push(
		{text: ''},
		{
			text: t('detail.timelineSummary', {
				encryption:
					result.encryption === 'unknown'
						? t('detail.notReached')
						: encryptionWords(result.encryption, t),
				connections:
					result.attempts === 1
						? t('detail.oneConnection')
						: t('detail.connections', {count: result.attempts}),
				address: result.address ? t('detail.viaAddress', {address: result.address}) : '',
			}),
			isHeading: true,
		},
	);
	// Offsets from the port's own start (the engine counts from the run's), so the last phase
	// ends where "Total" says.
	const portStart = Math.min(...result.phases.map((phase) => phase.startMs));
	let end = 0;
	for (const phase of result.phases) {
		const attempt = result.attempts > 1 ? ` #${phase.attempt}` : '';
		const offset = phase.startMs - portStart;
		end = Math.max(end, offset + phase.durationMs);
		const prefix = `${phase.isOk ? '✔' : '✘'} ${`${phase.phase}${attempt}`.padEnd(12)} +${String(Math.round(offset)).padStart(5)} ms  ${formatMs(phase.durationMs).padStart(8)}  `;
		lines.push({
			text: `${prefix}${phase.detail ?? ''}`,
			tone: phase.isOk ? undefined : 'fail',
			hang: prefix.length,
		});
	}

	if (result.totalMs !== undefined || result.phases.length > 0) {
		const total = Math.max(result.totalMs ?? 0, Math.round(end));
		lines.push({text: t('detail.total', {time: formatMs(total)}), tone: 'muted'});
	}

	const {tls} = result;
	if (tls) {
		lines.push(
			{text: ''},
			{text: t('detail.tls'), isHeading: true},
			{
				text: t('detail.tlsLine', {
					protocol: tls.protocol,
					cipher: tls.cipher,
					time: formatMs(tls.handshakeMs),
				}),
			},
			tls.isTrusted
				? {text: t('detail.chainTrusted'), tone: 'ok'}
				: {
						text: t('detail.chainUntrusted', {
							reason: tls.trustError ?? t('detail.unknownReason'),
						}),
						tone: 'fail',
					},
			tls.isHostnameMatch
				? {text: t('detail.nameMatches', {name: tls.servername || t('detail.noName')}), tone: 'ok'}
				: {
						text: t('detail.nameMismatch', {name: tls.servername || t('detail.noName')}),
						tone: 'fail',
					},
		);
		const cert = tls.certificate;
		if (cert) {
			lines.push(
				{text: t('detail.subject', {subject: cert.subject})},
				{
					text: t('detail.altNames', {
						names: cert.subjectAltNames.join(', ') || t('detail.noAltNames'),
					}),
				},
				{
					text: `${t('detail.issuer', {issuer: cert.issuer})}${cert.isSelfSigned ? ` ${t('detail.selfSigned')}` : ''}`,
				},
				{
					text: t('detail.validity', {
						from: cert.validFrom,
						to: cert.validTo,
						left:
							cert.daysLeft < 0
								? t('detail.expiredDaysAgo', {days: -cert.daysLeft})
								: t('detail.daysLeft', {days: cert.daysLeft}),
					}),
					tone: cert.daysLeft < 0 ? 'fail' : cert.daysLeft < 14 ? 'warn' : undefined,
				},
				{text: t('detail.fingerprint', {fingerprint: cert.fingerprintSha256}), tone: 'muted'},
				{text: t('detail.chainSent', {count: cert.certsSent})},
			);
		}
	}

	if (result.capabilitiesBeforeTls ?? result.capabilities) {
		lines.push({text: ''}, {text: t('detail.capabilities'), isHeading: true});
		if (result.capabilitiesBeforeTls && result.capabilities !== result.capabilitiesBeforeTls) {
			lines.push({
				text: t('detail.beforeTls', {
					capabilities: capabilityWords(result.capabilitiesBeforeTls, t),
				}),
			});
		}

		if (result.capabilities) {
			const capabilities = capabilityWords(result.capabilities, t);
			lines.push({
				text:
					result.encryption === 'none'
						? t('detail.inClear', {capabilities})
						: t('detail.insideTls', {capabilities}),
			});
		}
	}

	lines.push({text: ''}, {text: t('detail.transcript'), isHeading: true});
	if (result.greeting) {
		lines.push({text: t('detail.greeting', {greeting: greetingWords(result)}), tone: 'muted'});
	}

	for (const entry of result.transcript) {
		const arrow = entry.direction === 'send' ? 'C:' : entry.direction === 'receive' ? 'S:' : '--';
		const lock = entry.isEncrypted ? 'tls' : '   ';
		const prefix = `${String(Math.round(entry.atMs)).padStart(5)} ms ${lock} ${arrow} `;
		lines.push({
			text: `${prefix}${entry.text}`,
			hang: prefix.length,
			tone:
				entry.direction === 'note' ? 'muted' : entry.direction === 'send' ? 'accent' : undefined,
		});
	}

	return lines;
}

/**
 * Wraps every line to `width`, keeping each line's tone: the first `hang` columns stay as they
 * are and continuation lines start under the text after them (2 columns in by default).
 */
export function wrapPaneLines(lines: readonly PaneLine[], width: number): PaneLine[] {
	return lines.flatMap((line) => {
		if ([...line.text].length <= width) {
			return [line];
		}

		const hang = Math.min(line.hang ?? 2, Math.max(0, width - 20));
		const isKept = line.hang !== undefined;
		const head = isKept ? line.text.slice(0, hang) : '';
		const body = isKept ? line.text.slice(hang) : line.text;
		const pieces = wordWrap(body, width - hang);
		return pieces.map((text, index) => ({
			...line,
			text: index === 0 ? `${head}${text}` : `${' '.repeat(hang)}${text}`,
		}));
	});
}
