// Facts every formatter states the same way: the recommendation in mail-client words and
// the status of each port.
import type {PortResult, RunResult, Verdict} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {encryptionLabel} from '../state/labels.js';
import {rowStatusDisplays, verdictStatusKind, type RowStatusDisplay} from '../state/row-status.js';
import {escapeTerminal} from './escape.js';
import type {OutcomeContext, OutcomeDetails} from './outcome.js';
import {describeSafely, type DescribeVerdict, type VerdictText} from './types.js';
import {fill as interpolate, reportWords} from './words.js';

/** The port a recommendation points at, when it is in the result. */
export function recommendedPort(result: RunResult): PortResult | undefined {
	const {recommendation} = result;
	return recommendation
		? result.ports.find((port) => port.port === recommendation.port)
		: undefined;
}

/** What the "Authentication:" part of a recommendation says. */
export type AuthenticationInput = {
	/** The recommended port (its capabilities and AUTH result decide). */
	readonly port?: PortResult;
	/** The user name given (`--user`, the TUI's login step); never the password. */
	readonly user?: string;
	/** A better hint than the default (a preset's or the lab's words). */
	readonly hint?: string;
	readonly lang?: Lang;
};

/**
 * The "Authentication:" part of the recommendation, shared by the plain output, the report,
 * the JSON line and the TUI so they never disagree: "logged in as NAME ✓" after a successful
 * login, "not offered on this port" when the port offers no AUTH, else the hint or "the user
 * name and password your provider gave you". Escaped for a terminal.
 */
export function authenticationText(input: AuthenticationInput): string {
	const words = reportWords(input.lang ?? 'en');
	const {port, user} = input;
	if (user !== undefined && port?.auth?.verdict.code === 'auth-ok') {
		return interpolate(words.loggedInAs, {user: escapeTerminal(user)});
	}

	const mechanisms = port?.capabilities?.authMechanisms;
	if (mechanisms && mechanisms.length === 0) {
		return words.authNotOffered;
	}

	return escapeTerminal(input.hint ?? words.authDefault);
}

/**
 * "Host smtp.example.com - Port 465 - Encryption SSL/TLS - Authentication: ...": the line to
 * copy into a mail client, or undefined when nothing worked.
 */
export function recommendationLine(
	result: RunResult,
	lang: Lang,
	options: Omit<AuthenticationInput, 'port' | 'lang'> & {readonly displayHost?: string} = {},
): string | undefined {
	const {recommendation} = result;
	if (!recommendation) {
		return undefined;
	}

	const words = reportWords(lang);
	const auth = authenticationText({...options, port: recommendedPort(result), lang});
	return [
		`${words.host} ${escapeTerminal(options.displayHost ?? recommendation.host)}`,
		`${words.port} ${recommendation.port}`,
		`${words.encryption} ${encryptionLabel(recommendation.encryption)}`,
		`${words.authentication}: ${auth}`,
	].join(' - ');
}

/**
 * The "What it means" cell: the verdict's title, and when an ok port shows as WARN because of a
 * finding, that finding's title too ("STARTTLS works · Login offered without encryption"), as
 * the TUI shows it, so the reason is on the row and not only in the details.
 */
export function meaningText(port: PortResult, describe: DescribeVerdict, lang: Lang): string {
	const title = describeSafely(describe, port.verdict, lang).title;
	if (port.verdict.severity !== 'ok') {
		return title;
	}

	const warning = port.findings.find(
		(finding) => finding.severity === 'warn' || finding.severity === 'fail',
	);
	return warning ? `${title} · ${describeSafely(describe, warning, lang).title}` : title;
}

/**
 * The ports worth a table row and a section: none when the name did not resolve and every port
 * only repeats the DNS verdict (said once above it); the JSON keeps them all.
 */
export function shownPorts(result: RunResult): readonly PortResult[] {
	const dns = result.resolveVerdict;
	return dns && result.ports.every((port) => port.verdict.code === dns.code) ? [] : result.ports;
}

/** Status symbol and word of a finished port. */
export function portStatus(port: PortResult): RowStatusDisplay {
	return rowStatusDisplays[verdictStatusKind(port.verdict, port.findings)];
}

/** The closing sentence of a run that did not simply work (undefined when it works). */
export function closingSummary(
	details: OutcomeDetails,
	options: {readonly describe: DescribeVerdict; readonly lang: Lang},
): string | undefined {
	const words = reportWords(options.lang);
	const title = details.verdict
		? escapeTerminal(describeSafely(options.describe, details.verdict, options.lang).title)
		: undefined;
	const port = details.port ?? 0;
	switch (details.reason) {
		case 'works': {
			return undefined;
		}

		case 'dns': {
			return words.noPortTried;
		}

		case 'cancelled': {
			return words.cancelled;
		}

		case 'login': {
			return title === undefined
				? interpolate(words.loginNotTried, {port})
				: interpolate(words.loginFailed, {port, title});
		}

		case 'send': {
			return title === undefined
				? interpolate(words.sendNotTried, {port})
				: interpolate(words.sendFailed, {port, title});
		}

		default: {
			return words.outcomes[details.reason];
		}
	}
}

/** One credentials step of a port (login, test message) in words, for the plain output and the report. */
export type CredentialStep = {
	/** "Login (PLAIN)", "Test message". Escaped. */
	readonly label: string;
	readonly verdict: Verdict;
	readonly text: VerdictText;
	/** "User alice@example.com" (login), "From a@example.com, To b@example.com, Subject …, queue id 4XyZ" (test message). Escaped. */
	readonly details?: string;
};

/** The login and test-message steps of a port, with the user name and the message's envelope. */
export function credentialSteps(
	port: PortResult,
	options: {
		readonly describe: DescribeVerdict;
		readonly lang: Lang;
		readonly context?: OutcomeContext;
	},
): CredentialStep[] {
	const {describe, lang, context = {}} = options;
	const words = reportWords(lang);
	const steps: CredentialStep[] = [];
	if (port.auth) {
		const label = port.auth.mechanism ? `${words.login} (${port.auth.mechanism})` : words.login;
		steps.push({
			label: escapeTerminal(label),
			verdict: port.auth.verdict,
			text: describeSafely(describe, port.auth.verdict, lang),
			...(context.user === undefined
				? {}
				: {details: escapeTerminal(interpolate(words.loginAs, {user: context.user}))}),
		});
	}

	if (port.send) {
		const message = context.testMessage?.port === port.port ? context.testMessage : undefined;
		const facts = [
			...(message
				? [
						`${words.from} ${message.from}`,
						`${words.to} ${message.to}`,
						`${words.subject} "${message.subject}"`,
					]
				: []),
			...(port.send.queueId ? [`${words.queueId} ${port.send.queueId}`] : []),
		];
		steps.push({
			label: words.testMessage,
			verdict: port.send.verdict,
			text: describeSafely(describe, port.send.verdict, lang),
			...(facts.length > 0 ? {details: escapeTerminal(facts.join(', '))} : {}),
		});
	}

	return steps;
}
