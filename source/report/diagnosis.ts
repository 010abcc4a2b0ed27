// The one diagnosis of a run. Every output (plain, JSON, Markdown, the Ink screens) renders
// this object; none decides a conclusion, a recommendation or an advice sentence of its own.
// It is a pure function of the live-view state (source/state/), so the TUI builds the same
// shape from a partial run while the probes resolve, and the headless check from the result.
//
//   ProbeState ──diagnose()──> Diagnosis ──> formatPlain / toJsonReport / formatMarkdownReport
//                                        └─> ports table, advice panel, preset panel (TUI)
import {isIP} from 'node:net';
import type {ControlResult} from '../engine/controls.js';
import type {
	DetectedEncryption,
	PortResult,
	ResolvedAddress,
	TestMessage,
	Verdict,
} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {encryptionLabel} from '../state/labels.js';
import type {PortRowState, ProbeState} from '../state/probe-reducer.js';
import {rowStatusKind, verdictStatusKind, type RowStatusKind} from '../state/row-status.js';
import {escapeTerminal} from './escape.js';
import {effectiveCode, portKind, type PortKind} from './port-kind.js';
import {presetAgreement, type PresetExpectations} from './preset-compare.js';
import {rankSettings, type RankedSetting, type RecommendationReason} from './ranking.js';
import {describeSafely, type VerdictText} from './types.js';
import type {Catalogue} from '../i18n/catalogue.js';
import {fill, type ReportWords} from '../i18n/report-words.js';

/** What the run was asked to do and how to say it (the language's catalogue, the preset). */
export type DiagnoseOptions = {
	/** The words of the language to diagnose in (i18n/catalogue.ts `loadCatalogue`). */
	readonly catalogue: Pick<Catalogue, 'lang' | 'describe' | 'report'>;
	/** The user name of the login asked for (`--user`, the app's login step); never the password. */
	readonly user?: string;
	/** The confirmed test message (its port decides whether the run works). */
	readonly testMessage?: Pick<TestMessage, 'from' | 'to' | 'subject' | 'port'>;
	/** What a provider preset says, to compare with what the servers speak. */
	readonly preset?: PresetExpectations;
	/** The host a client should type when it is not the probed one (the lab's name). */
	readonly displayHost?: string;
	/** Better words for "Authentication:" than the default (a preset's or the lab's). */
	readonly authHint?: string;
	/** Relay ports (default: 25); a relay port is never a mail-client setting on a mixed run. */
	readonly isRelayPort?: (port: number) => boolean;
	/** Control probes of the ports that could not be reached (engine/controls.ts). */
	readonly controls?: readonly ControlResult[];
	/** The cloud this machine likely runs on, and the ports it blocks (hostinfo/cloud.ts). */
	readonly hostPolicy?: {
		readonly cloud: string;
		readonly blockedPorts: readonly number[];
		readonly evidence: string;
	};
};

/** The host's likely policy, when it explains ports that could not be reached in this run. */
export type DiagnosedPolicy = {
	readonly cloud: string;
	readonly evidence: string;
	/** Ports of this run that could not be reached and that the cloud blocks. */
	readonly ports: readonly number[];
	readonly sentence: string;
};

/** The control evidence as every output shows it. */
export type DiagnosedControls = {
	readonly title: string;
	readonly results: ReadonlyArray<ControlResult & {readonly text: string}>;
	/** Set when no control resolved: the network could not be checked. */
	readonly note?: string;
};

/** A verdict with its words in the run's language, as every output shows it. */
export type DiagnosedVerdict = {
	readonly verdict: Verdict;
	readonly status: RowStatusKind;
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};

/** The login or the test message of one port. */
export type DiagnosedStep = DiagnosedVerdict & {
	readonly kind: 'login' | 'test-message';
	/** "Login (PLAIN)", "Test message". Escaped. */
	readonly label: string;
	/** "User alice@example.com"; "From …, To …, Subject …, queue id …". Escaped. */
	readonly details?: string;
};

/** One port as every output shows it. Text fields are escaped for a terminal. */
export type DiagnosisRow = {
	readonly port: number;
	readonly progress: PortRowState['progress'];
	readonly status: RowStatusKind;
	readonly encryption: DetectedEncryption;
	/** "SSL/TLS", "STARTTLS", "NONE" or "?". */
	readonly encryptionLabel: string;
	readonly totalMs?: number;
	/** Set once the port finished. */
	readonly verdict?: DiagnosedVerdict;
	/** The table cell: the verdict's title, plus the first warning when an ok port shows WARN. */
	readonly headline: string;
	/** Every title of the port (verdict, login, test message, findings), joined with " · ". */
	readonly meaning: string;
	/** What to do, for this run: the verdict's advice, then a working port when there is one. */
	readonly advice: string;
	readonly findings: readonly DiagnosedVerdict[];
	readonly steps: readonly DiagnosedStep[];
	/** Why this port is judged as it is when the same fact reads differently elsewhere, and other hints. */
	readonly notes: readonly string[];
	/** The engine's result, once the port finished (facts: phases, TLS, transcript). */
	readonly result?: PortResult;
	/** The live row (phase, countdown) while it runs. */
	readonly live: PortRowState;
};

/** The answers a run can give (JSON `outcome`, exit codes 0 / 1 / 3), or `pending` while it runs. */
export type RunOutcome = 'works' | 'fails' | 'inconclusive';

/**
 * Why, from what actually happened (stable, JSON `outcomeReason`): `works`; `dns` (the name did
 * not resolve); `network` (every port refused / timed out / unreachable); `certificate` (TLS or
 * certificate faults); `plaintext` (SMTP works, but only without encryption); `wrong-mode` (the
 * encryption asked for is not what the port speaks); `server` (the server refused or did not
 * speak SMTP); `inconclusive` (rate-limited); `cancelled`; `mixed`; `login` (a port works but the
 * login failed); `send` (logged in, the test message was refused); `pending` (still running).
 */
export type OutcomeReason =
	| 'works'
	| 'dns'
	| 'network'
	/** Network failures, and the control hosts fail the same way: this network blocks the port. */
	| 'local-network'
	/** Network failures, but the control hosts connect: the server or its firewall. */
	| 'server-firewall'
	| 'certificate'
	| 'plaintext'
	| 'wrong-mode'
	| 'server'
	| 'inconclusive'
	| 'cancelled'
	| 'mixed'
	| 'login'
	| 'send'
	| 'pending';

/** The run-level conclusion. */
export type Conclusion = {
	readonly outcome: RunOutcome | 'pending';
	readonly reason: OutcomeReason;
	/** The port the conclusion is about (the login or send port, the port that told the story). */
	readonly port?: number;
	/** The verdict behind a login/send reason, or the one that told the story. */
	readonly verdict?: Verdict;
	/** The one closing sentence (undefined when the run works or still runs). Escaped. */
	readonly sentence?: string;
	/** What to do next (undefined when the run works or still runs). Escaped. */
	readonly nextStep?: string;
};

/** A setting to type into a mail client. */
export type DiagnosedSetting = {
	readonly host: string;
	readonly port: number;
	readonly encryption: 'implicit-tls' | 'starttls' | 'none';
	readonly encryptionLabel: string;
	readonly reason: RecommendationReason;
	/** Why this one, from this run (never says an unprobed port "did not work"). */
	readonly why: string;
	/** "logged in as NAME ✓", "not offered on this port", or the user name and password hint. */
	readonly authentication: string;
	readonly isLoggedIn: boolean;
	/** "Host … - Port … - Encryption … - Authentication: …". */
	readonly line: string;
	/** A warning to show under it (no encryption at all). */
	readonly note?: string;
};

/** How the preset and the server compare on one port, once it is known. */
export type PresetLineAgreement =
	'agrees' | 'agrees-but-fails' | 'better' | 'differs' | 'unknown' | 'not-tested' | 'pending';

/** The preset panel: "Preset Hostinger says:" and one line per port (none when nothing was reached). */
export type DiagnosedPreset = {
	readonly id?: string;
	readonly name: string;
	readonly title: string;
	readonly lines: ReadonlyArray<{
		readonly port: number;
		readonly agreement: PresetLineAgreement | 'not-listed';
		readonly text: string;
	}>;
};

/** The one diagnosis of a run (see the file comment). */
export type Diagnosis = {
	readonly lang: Lang;
	/** The report's frame words in `lang` (what the formatters print around the diagnosis). */
	readonly words: ReportWords;
	readonly host: string;
	/** What a client types as host (the lab's name for lab runs). */
	readonly displayHost: string;
	readonly startedAt?: string;
	readonly durationMs?: number;
	readonly addresses: readonly ResolvedAddress[];
	readonly isFinished: boolean;
	readonly isCancelled: boolean;
	/** The likely cloud policy behind unreachable ports (issue 13), when one applies. */
	readonly policy?: DiagnosedPolicy;
	/** The control probes (issue 13), when any ran. */
	readonly controls?: DiagnosedControls;
	/** The name-resolution failure, said once above the table. */
	readonly dns?: DiagnosedVerdict;
	/** The rows worth showing (none when every port only repeats the DNS failure). */
	readonly rows: readonly DiagnosisRow[];
	/** Every probed port, for outputs that keep them all (JSON). */
	readonly allRows: readonly DiagnosisRow[];
	readonly conclusion: Conclusion;
	readonly recommendation?: DiagnosedSetting;
	/** The next best working setting, when there is one. */
	readonly runnerUp?: DiagnosedSetting;
	readonly preset?: DiagnosedPreset;
	/** The user name of the login asked for (not a secret), to name it in outputs. */
	readonly user?: string;
	readonly testMessage?: DiagnoseOptions['testMessage'];
};

const standardOrder: readonly number[] = [465, 587];

function describeVerdict(
	verdict: Verdict,
	facts: Readonly<Record<string, string>>,
	options: DiagnoseOptions,
	findings: readonly Verdict[] = [],
): DiagnosedVerdict {
	// Port facts the static texts branch on (e.g. whether STARTTLS was offered), unless the
	// engine set them itself.
	const withFacts: Verdict = {...verdict, params: {...facts, ...verdict.params}};
	const text: VerdictText = describeSafely(options.catalogue.describe, withFacts);
	return {
		verdict,
		status: verdictStatusKind(verdict, findings),
		title: escapeTerminal(text.title),
		summary: escapeTerminal(text.summary),
		advice: escapeTerminal(text.advice),
	};
}

/** Facts of a port that its verdict texts may read as params. */
function portFacts(row: PortRowState): Readonly<Record<string, string>> {
	const before = row.result?.capabilitiesBeforeTls ?? row.capabilitiesBeforeTls;
	return {
		port: String(row.port),
		...(before ? {startTlsOffered: before.startTls ? 'yes' : 'no'} : {}),
	};
}

function stepsOf(
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

function isRelay(options: DiagnoseOptions, port: number): boolean {
	return (options.isRelayPort ?? ((candidate: number) => candidate === 25))(port);
}

/** The host and the certificate's DNS names, when the user typed an address the certificate does not name. */
function ipCertificateNames(host: string, result: PortResult | undefined): string[] {
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
function rowNotes(
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

/** "Authentication:" in words: logged in, not offered, or the hint. */
function authenticationText(
	setting: RankedSetting,
	options: DiagnoseOptions,
	words: ReportWords,
): string {
	if (options.user !== undefined && setting.isLoggedIn) {
		return fill(words.loggedInAs, {user: escapeTerminal(options.user)});
	}

	if (!setting.canLogin && setting.result.capabilities) {
		return words.authNotOffered;
	}

	return escapeTerminal(options.authHint ?? words.authDefault);
}

/** Why this setting, from this run: what became of the better-ranked standard ports. */
function whyText(
	setting: RankedSetting,
	ranked: readonly RankedSetting[],
	rows: readonly PortRowState[],
	options: DiagnoseOptions,
	words: ReportWords,
): string {
	const parts = [fill(words.why[setting.reason], {port: setting.port})];
	if (setting.reason === 'relay-25' || setting.reason === 'plain-only-last-resort') {
		return parts.join(' ');
	}

	const index = standardOrder.indexOf(setting.port);
	const better = index === -1 ? standardOrder : standardOrder.slice(0, index);
	for (const port of better) {
		if (port === setting.port) {
			continue;
		}

		const row = rows.find((candidate) => candidate.port === port);
		const candidate = ranked.find((item) => item.port === port);
		if (!row) {
			parts.push(fill(words.whyOther.notTested, {port}));
		} else if (!row.verdict) {
			parts.push(fill(words.whyOther.unfinished, {port}));
		} else if (!candidate) {
			parts.push(fill(words.whyOther.failed, {port}));
		} else if (options.user !== undefined && !candidate.isLoggedIn && setting.isLoggedIn) {
			parts.push(fill(words.whyOther.loginFailed, {port}));
		} else if (!candidate.canLogin && setting.canLogin) {
			parts.push(fill(words.whyOther.noLogin, {port}));
		}
	}

	return parts.join(' ');
}

function settingOf(
	setting: RankedSetting,
	ranked: readonly RankedSetting[],
	rows: readonly PortRowState[],
	displayHost: string,
	options: DiagnoseOptions,
	words: ReportWords,
): DiagnosedSetting {
	const authentication = authenticationText(setting, options, words);
	const label = encryptionLabel(setting.encryption);
	return {
		host: displayHost,
		port: setting.port,
		encryption: setting.encryption,
		encryptionLabel: label,
		reason: setting.reason,
		why: whyText(setting, ranked, rows, options, words),
		authentication,
		isLoggedIn: options.user !== undefined && setting.isLoggedIn,
		line: [
			`${words.host} ${escapeTerminal(displayHost)}`,
			`${words.port} ${setting.port}`,
			`${words.encryption} ${label}`,
			`${words.authentication}: ${authentication}`,
		].join(' - '),
		...(setting.encryption === 'none' ? {note: words.plainNote} : {}),
	};
}

/** The kinds that tell the run's story: submission ports first, the ones that answered first. */
function storyKinds(
	finished: readonly PortResult[],
	options: DiagnoseOptions,
): {kinds: Set<PortKind>; ports: readonly PortResult[]} {
	const submission = finished.filter((port) => !isRelay(options, port.port));
	const pool = submission.length > 0 ? submission : finished;
	const judged = pool.filter((port) => portKind(port.verdict) !== 'inconclusive');
	if (judged.length === 0) {
		return {kinds: new Set(pool.map((port) => portKind(port.verdict))), ports: pool};
	}

	// Ports that answered tell the story; refused or silent ones only say they are not offered,
	// unless nothing answered at all.
	const answered = judged.filter((port) => portKind(port.verdict) !== 'network');
	const story = answered.length > 0 ? answered : judged;
	return {kinds: new Set(story.map((port) => portKind(port.verdict))), ports: story};
}

function conclude(
	state: ProbeState,
	finished: readonly PortResult[],
	best: RankedSetting | undefined,
	rowsByPort: ReadonlyMap<number, DiagnosisRow>,
	dns: DiagnosedVerdict | undefined,
	options: DiagnoseOptions,
	words: ReportWords,
): Conclusion {
	if (!state.isFinished) {
		return {outcome: 'pending', reason: 'pending'};
	}

	if (state.isCancelled) {
		return {outcome: 'inconclusive', reason: 'cancelled', sentence: words.cancelled};
	}

	if (best) {
		if (options.user !== undefined && !best.isLoggedIn) {
			const auth = best.result.auth?.verdict;
			const step = rowsByPort.get(best.port)?.steps.find((item) => item.kind === 'login');
			return {
				outcome: 'fails',
				reason: 'login',
				port: best.port,
				...(auth ? {verdict: auth} : {}),
				sentence: step
					? fill(words.loginFailed, {port: best.port, title: step.title})
					: fill(words.loginNotTried, {port: best.port}),
				nextStep: step?.advice ?? words.nextSteps.login,
			};
		}

		const sendPort = options.testMessage?.port;
		if (sendPort !== undefined) {
			const row = rowsByPort.get(sendPort);
			const send = row?.result?.send?.verdict;
			if (send?.code !== 'send-ok') {
				const login = row?.steps.find((item) => item.kind === 'login');
				const sendStep = row?.steps.find((item) => item.kind === 'test-message');
				const isLogin = row?.result?.auth?.verdict.code !== 'auth-ok';
				const verdict = isLogin ? row?.result?.auth?.verdict : send;
				const step = isLogin ? login : sendStep;
				return {
					outcome: 'fails',
					reason: isLogin ? 'login' : 'send',
					port: sendPort,
					...(verdict ? {verdict} : {}),
					sentence: isLogin
						? step
							? fill(words.loginFailed, {port: sendPort, title: step.title})
							: fill(words.sendNotTried, {port: sendPort})
						: step
							? fill(words.sendFailed, {port: sendPort, title: step.title})
							: fill(words.sendNotTried, {port: sendPort}),
					nextStep: step?.advice ?? words.nextSteps.send,
				};
			}
		}

		return {outcome: 'works', reason: 'works'};
	}

	if (dns) {
		return {
			outcome: 'fails',
			reason: 'dns',
			verdict: dns.verdict,
			sentence: words.noPortTried,
			nextStep: dns.advice,
		};
	}

	const {kinds, ports} = storyKinds(finished, options);
	if (ports.length === 0) {
		return {outcome: 'fails', reason: 'mixed', sentence: words.outcomes.mixed};
	}

	if (kinds.size === 1 && kinds.has('inconclusive')) {
		return {
			outcome: 'inconclusive',
			reason: 'inconclusive',
			sentence: words.outcomes.inconclusive,
			nextStep: words.nextSteps.inconclusive,
		};
	}

	kinds.delete('inconclusive');
	kinds.delete('works');
	const reason: OutcomeReason = kinds.size === 1 ? ([...kinds][0] as OutcomeReason) : 'mixed';
	// The port that tells the story: the first submission port of that kind (465, 587, ...).
	const teller = [...ports]
		.filter((port) => reason === 'mixed' || portKind(port.verdict) === reason)
		.sort((a, b) => order(a.port) - order(b.port))[0];
	const tellerRow = teller ? rowsByPort.get(teller.port) : undefined;
	if (reason === 'network' && options.controls && options.controls.length > 0) {
		const judged = judgeControls(ports, options.controls, words);
		if (judged) {
			return {
				outcome: 'fails',
				reason: judged.reason,
				...(teller ? {port: teller.port, verdict: teller.verdict} : {}),
				sentence: judged.sentence,
				nextStep: judged.nextStep,
			};
		}
	}

	const ownNext =
		reason === 'network' ||
		reason === 'mixed' ||
		reason === 'inconclusive' ||
		reason === 'wrong-mode';
	return {
		outcome: 'fails',
		reason,
		...(teller ? {port: teller.port, verdict: teller.verdict} : {}),
		sentence: words.outcomes[reason as keyof ReportWords['outcomes']] ?? words.outcomes.mixed,
		nextStep:
			ownNext || !tellerRow?.verdict
				? (words.nextSteps[reason as keyof ReportWords['nextSteps']] ?? words.nextSteps.mixed)
				: tellerRow.verdict.advice,
	};
}

/**
 * What the control probes say about ports that could not be reached: the controls fail the
 * same way (this network blocks them), or connect (the server or its firewall). Undefined
 * when they disagree across ports; a note when none resolved.
 */
function judgeControls(
	ports: readonly PortResult[],
	controls: readonly ControlResult[],
	words: ReportWords,
): {reason: OutcomeReason; sentence: string; nextStep: string} | undefined {
	const failed = ports.map((port) => port.port);
	const resolved = controls.filter(
		(control) => failed.includes(control.forPort) && control.outcome !== 'unresolved',
	);
	if (resolved.length === 0) {
		return {
			reason: 'network',
			sentence: words.outcomes.network,
			// The controls block says why (words.controls.unchecked).
			nextStep: words.nextSteps.network,
		};
	}

	const tried = failed.filter((port) => resolved.some((control) => control.forPort === port));
	const reachable = tried.filter((port) =>
		resolved.some((control) => control.forPort === port && control.outcome === 'connected'),
	);
	const blocked = tried.filter((port) => !reachable.includes(port));
	if (blocked.length > 0 && reachable.length === 0) {
		return {
			reason: 'local-network',
			sentence: fill(words.outcomes['local-network'], {ports: blocked.join(', ')}),
			nextStep: words.nextSteps['local-network'],
		};
	}

	if (reachable.length > 0 && blocked.length === 0) {
		return {
			reason: 'server-firewall',
			sentence: fill(words.outcomes['server-firewall'], {ports: reachable.join(', ')}),
			nextStep: words.nextSteps['server-firewall'],
		};
	}

	return undefined;
}

/** The host policy that explains ports of this run that could not be reached, if any. */
function policyOf(
	finished: readonly PortResult[],
	options: DiagnoseOptions,
	words: ReportWords,
): {policy?: DiagnosedPolicy} {
	const policy = options.hostPolicy;
	if (!policy) {
		return {};
	}

	const ports = finished
		.filter(
			(port) => portKind(port.verdict) === 'network' && policy.blockedPorts.includes(port.port),
		)
		.map((port) => port.port);
	if (ports.length === 0) {
		return {};
	}

	return {
		policy: {
			cloud: policy.cloud,
			evidence: policy.evidence,
			ports,
			sentence: escapeTerminal(
				fill(words.policy, {cloud: policy.cloud, file: policy.evidence, ports: ports.join(', ')}),
			),
		},
	};
}

/** The control evidence in the run's words (escaped). */
function diagnoseControls(
	controls: readonly ControlResult[],
	words: ReportWords,
): DiagnosedControls {
	const hasResolved = controls.some((control) => control.outcome !== 'unresolved');
	return {
		title: words.controls.title,
		results: controls.map((control) => ({
			...control,
			text: escapeTerminal(
				fill(words.controls.line, {
					host: control.host,
					address:
						control.address && control.address !== control.host ? ` (${control.address})` : '',
					port: control.port,
					outcome: words.controls.outcomes[control.outcome],
					ms: control.ms,
				}),
			),
		})),
		...(hasResolved ? {} : {note: words.controls.unchecked}),
	};
}

/** Order of ports in a story: 465, 587, 2525, the others, 25 last. */
function order(port: number): number {
	const index = [465, 587, 2525].indexOf(port);
	return index === -1 ? (port === 25 ? 100_000 : 1000 + port) : index;
}

function headlineOf(verdict: DiagnosedVerdict, findings: readonly DiagnosedVerdict[]): string {
	if (verdict.verdict.severity !== 'ok') {
		return verdict.title;
	}

	const warning = findings.find(
		(finding) => finding.verdict.severity === 'warn' || finding.verdict.severity === 'fail',
	);
	return warning ? `${verdict.title} · ${warning.title}` : verdict.title;
}

function meaningOf(
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

function diagnoseRow(
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
	return {
		...base,
		verdict,
		headline: headlineOf(verdict, findings),
		meaning: meaningOf(verdict, steps, findings),
		advice: [verdict.advice, elsewhere].filter(Boolean).join(' '),
		findings,
		steps,
		notes: rowNotes(row, state.rows, state.host, options, words),
		...(result ? {result} : {}),
	};
}

function presetPanel(
	preset: PresetExpectations,
	state: ProbeState,
	rows: readonly DiagnosisRow[] | undefined,
	words: ReportWords,
): DiagnosedPreset {
	const w = words.presetWords;
	const lines: Array<DiagnosedPreset['lines'][number]> = [];
	if (!rows) {
		return {
			...(preset.id === undefined ? {} : {id: preset.id}),
			name: preset.name,
			title: fill(w.title, {name: escapeTerminal(preset.name)}),
			lines,
		};
	}

	for (const expectation of [...preset.expected].sort((a, b) => a.port - b.port)) {
		const row = rows.find((item) => item.port === expectation.port);
		let agreement: PresetLineAgreement;
		if (!row) {
			agreement = 'not-tested';
		} else if (!row.verdict) {
			agreement = state.isFinished ? 'not-tested' : 'pending';
		} else {
			const compared = presetAgreement(preset.expected, expectation.port, row.encryption);
			agreement =
				compared === 'agrees' && row.status === 'fail'
					? 'agrees-but-fails'
					: compared === 'not-listed'
						? 'unknown'
						: compared;
		}

		const marks = [
			expectation.isRecommended ? w.recommended : '',
			expectation.certainty === 'unconfirmed'
				? w.unconfirmed
				: expectation.certainty === 'third-party'
					? w.thirdParty
					: '',
		].filter(Boolean);
		const verdictWords =
			agreement === 'differs' || agreement === 'better'
				? fill(w[agreement], {detected: row ? row.encryptionLabel : '?'})
				: w[
						agreement === 'agrees-but-fails'
							? 'agreesButFails'
							: agreement === 'not-tested'
								? 'notTested'
								: agreement
					];
		lines.push({
			port: expectation.port,
			agreement,
			text: `${expectation.port} ${encryptionLabel(expectation.encryption)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}: ${verdictWords}`,
		});
	}

	for (const port of preset.notOfferedPorts ?? []) {
		if (rows.some((row) => row.port === port)) {
			lines.push({port, agreement: 'not-listed', text: fill(w.notListed, {port})});
		}
	}

	for (const fact of preset.unconfirmed ?? []) {
		lines.push({
			port: 0,
			agreement: 'unknown',
			text: fill(w.unconfirmedFact, {fact: escapeTerminal(fact)}),
		});
	}

	return {
		...(preset.id === undefined ? {} : {id: preset.id}),
		name: preset.name,
		title: fill(w.title, {name: escapeTerminal(preset.name)}),
		lines,
	};
}

/** The one diagnosis of a run, finished or partial (see the file comment). */
export function diagnose(state: ProbeState, options: DiagnoseOptions): Diagnosis {
	const words = options.catalogue.report;
	const displayHost = options.displayHost ?? state.host;
	const finished = state.rows
		.map((row) => row.result)
		.filter((result): result is PortResult => result !== undefined);
	const ranked = rankSettings(finished, {
		hasLogin: options.user !== undefined,
		isRelayPort: (port) => isRelay(options, port),
	});
	const best = state.isCancelled ? undefined : ranked[0];
	const dns = state.resolveVerdict ? describeVerdict(state.resolveVerdict, {}, options) : undefined;
	const allRows = state.rows.map((row) => diagnoseRow(row, state, options, words, best));
	// When the name did not resolve, every port would repeat the DNS verdict: said once above.
	const dnsCode = state.resolveVerdict?.code;
	const rows =
		dnsCode && allRows.every((row) => row.verdict?.verdict.code === dnsCode) ? [] : allRows;
	const rowsByPort = new Map(allRows.map((row) => [row.port, row]));
	const conclusion = conclude(state, finished, best, rowsByPort, dns, options, words);
	const recommendation = best
		? settingOf(best, ranked, state.rows, displayHost, options, words)
		: undefined;
	const second = best ? ranked[1] : undefined;
	const runnerUp = second
		? settingOf(second, ranked, state.rows, displayHost, options, words)
		: undefined;
	return {
		lang: options.catalogue.lang,
		words,
		host: state.host,
		displayHost,
		...(state.startedAt === undefined ? {} : {startedAt: state.startedAt}),
		...(state.durationMs === undefined ? {} : {durationMs: state.durationMs}),
		addresses: state.addresses,
		isFinished: state.isFinished,
		isCancelled: state.isCancelled,
		...(dns ? {dns} : {}),
		...(options.controls && options.controls.length > 0
			? {controls: diagnoseControls(options.controls, words)}
			: {}),
		...policyOf(finished, options, words),
		rows,
		allRows,
		conclusion,
		...(recommendation ? {recommendation} : {}),
		...(runnerUp ? {runnerUp} : {}),
		...(options.preset
			? {
					preset: presetPanel(
						options.preset,
						state,
						// Nothing was reached: there is nothing to compare with the preset.
						state.isFinished && (state.resolveVerdict || state.isCancelled) ? undefined : allRows,
						words,
					),
				}
			: {}),
		...(options.user === undefined ? {} : {user: options.user}),
		...(options.testMessage ? {testMessage: options.testMessage} : {}),
	};
}
