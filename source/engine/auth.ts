// AUTH step (PLAIN, LOGIN, XOAUTH2). The probe calls it after the last EHLO when credentials
// were given. It refuses to send credentials where they could be read or stolen (no TLS, or
// a certificate that failed verification) unless the user explicitly allowed it, and turns
// the server's answer into a verdict. The secret only ever travels in `channel.send` with a
// `redactAs` stand-in, and every server text that reaches a verdict is scrubbed of it.
import {createRedactor, type Redactor} from './redact.js';
import {clipSanitized, sanitizeText} from './sanitize.js';
import type {
	AuthResult,
	Credentials,
	EhloCapabilities,
	SmtpChannel,
	SmtpReply,
	Verdict,
	VerdictParams,
} from './types.js';

/** Mechanisms this tool can run. */
export const supportedMechanisms = ['PLAIN', 'LOGIN', 'XOAUTH2'] as const;

/** One supported SASL mechanism. */
export type AuthMechanism = (typeof supportedMechanisms)[number];

/** What the transcript shows instead of a line carrying the secret. */
export const redactedLines = {
	plain: 'AUTH PLAIN <redacted>',
	loginPassword: '<redacted password>',
	xoauth2: 'AUTH XOAUTH2 <redacted token>',
} as const;

/** Longest server text copied into a verdict's params. */
const maxParamText = 300;

const hasControlCharacter = /[\u0000-\u001F\u007F-\u009F]/;

/** Raw text (an error, decoded XOAUTH2 JSON) for a verdict: secret scrubbed, escaped by the engine's one sanitiser, bounded. */
function clean(text: string, redact: Redactor): string {
	return sanitizeText(redact(text).replaceAll('\t', ' '), {maxLength: maxParamText});
}

/** Reply text and capabilities, which the reply parser already sanitised: scrubbed and bounded only. */
function cleanParsed(text: string, redact: Redactor): string {
	return clipSanitized(redact(text), maxParamText);
}

function replyParams(reply: SmtpReply, redact: Redactor): Record<string, string | number> {
	const params: Record<string, string | number> = {
		code: reply.code,
		text: cleanParsed(reply.lines.join(' '), redact),
	};
	if (reply.enhancedCode) {
		params['enhancedCode'] = reply.enhancedCode;
	}

	return params;
}

/** A copy of the reply with the secret scrubbed from its text (it goes into the result). */
function scrubReply(reply: SmtpReply, redact: Redactor): SmtpReply {
	return {...reply, lines: reply.lines.map((line) => redact(line))};
}

function offeredList(capabilities: EhloCapabilities): string[] {
	return capabilities.authMechanisms.map((mechanism) => mechanism.toUpperCase());
}

/** Protocols too old to carry a password (RFC 8996 deprecates TLS 1.0 and 1.1). */
const oldProtocols: ReadonlySet<string> = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

/** The transcript's plain words for each `unsafeReason` code. */
const unsafeWords: Readonly<Record<string, string>> = {
	'not-encrypted': 'the connection is not encrypted',
	'certificate-unknown': 'the certificate could not be checked',
	'certificate-untrusted': 'the certificate is not trusted',
	'certificate-hostname-mismatch': 'the certificate is for another host name',
	'old-tls': 'the TLS version is too old to protect a password',
};

/** Why AUTH must not run on this channel, or undefined when it is safe (or allowed). */
export function unsafeReason(
	channel: Pick<SmtpChannel, 'isEncrypted' | 'tls'>,
	credentials: Pick<Credentials, 'allowPlaintext' | 'allowInsecure'>,
): {readonly reason: string; readonly isAllowed: boolean} | undefined {
	if (!channel.isEncrypted) {
		return {reason: 'not-encrypted', isAllowed: credentials.allowPlaintext === true};
	}

	const {tls} = channel;
	let reason: string | undefined;
	if (!tls) {
		reason = 'certificate-unknown';
	} else if (!tls.isTrusted) {
		reason = 'certificate-untrusted';
	} else if (!tls.isHostnameMatch) {
		reason = 'certificate-hostname-mismatch';
	} else if (oldProtocols.has(tls.protocol)) {
		// The probe lets the client fall back to TLS 1.0/1.1 to name old servers (tls-facts.ts);
		// those protocols are broken (RFC 8996), so they do not protect a password.
		reason = 'old-tls';
	}

	return reason ? {reason, isAllowed: credentials.allowInsecure === true} : undefined;
}

/**
 * Picks the mechanism: the forced one if the server offers it, else PLAIN, then LOGIN.
 * XOAUTH2 needs an OAuth2 access token rather than a password, so it runs only when forced.
 */
export function chooseMechanism(
	offered: readonly string[],
	forced?: AuthMechanism,
): AuthMechanism | undefined {
	const upper = new Set(offered.map((mechanism) => mechanism.toUpperCase()));
	if (forced) {
		return upper.has(forced) ? forced : undefined;
	}

	return (['PLAIN', 'LOGIN'] as const).find((mechanism) => upper.has(mechanism));
}

const tenantDisabled =
	/5\.7\.139|SmtpClientAuthentication is disabled|basic authentication is disabled/i;

/** Turns the server's final answer to AUTH into a verdict. */
export function classifyAuthReply(
	reply: SmtpReply,
	mechanism: string,
	redact: Redactor = (text) => text,
	extra: VerdictParams = {},
): Verdict {
	const params = {mechanism, ...replyParams(reply, redact), ...extra};
	const text = reply.lines.join(' ');
	const enhanced = reply.enhancedCode ?? '';
	if (reply.code === 235) {
		return {code: 'auth-ok', severity: 'ok', params};
	}

	if (tenantDisabled.test(text) || enhanced === '5.7.139') {
		return {code: 'auth-disabled-for-tenant', severity: 'fail', params};
	}

	if (reply.code === 534 || enhanced === '5.7.9' || /application-specific password/i.test(text)) {
		return {code: 'auth-app-password-required', severity: 'fail', params};
	}

	if (reply.code === 530 || (enhanced === '5.7.0' && /starttls|tls/i.test(text))) {
		return {code: 'auth-requires-tls', severity: 'fail', params};
	}

	if (reply.code === 504 || reply.code === 502 || enhanced === '5.5.4') {
		return {code: 'auth-unsupported-mechanism', severity: 'fail', params};
	}

	if (reply.code === 421) {
		return {code: 'rate-limited', severity: 'info', params};
	}

	if (reply.code >= 400 && reply.code < 500) {
		return {code: 'auth-failed', severity: 'warn', params: {...params, isTemporary: 'yes'}};
	}

	return {code: 'auth-failed', severity: 'fail', params};
}

function encode(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64');
}

/** The decoded XOAUTH2 error challenge (RFC 7628 style JSON), reduced to safe strings. */
function oauthErrorParams(reply: SmtpReply, redact: Redactor): Record<string, string> {
	const encoded = (reply.lines[0] ?? '').trim().slice(0, 4096);
	try {
		const decoded: unknown = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
		if (decoded === null || typeof decoded !== 'object') {
			return {};
		}

		const result: Record<string, string> = {};
		for (const [key, name] of [
			['status', 'oauthStatus'],
			['schemes', 'oauthSchemes'],
			['scope', 'oauthScope'],
		] as const) {
			const value = (decoded as Record<string, unknown>)[key];
			if (typeof value === 'string' || typeof value === 'number') {
				result[name] = clean(String(value), redact);
			}
		}

		return result;
	} catch {
		return {};
	}
}

function errorText(error: unknown): string {
	if (error instanceof Error) {
		return error.message;
	}

	return typeof error === 'string' ? error : 'unknown error';
}

/** Runs AUTH on an open channel, or explains why it was not safe to. Never throws with a secret in the message. */
export async function authenticate(
	channel: SmtpChannel,
	capabilities: EhloCapabilities,
	credentials: Credentials,
): Promise<AuthResult> {
	const redact = createRedactor([credentials.secret], {user: credentials.user});
	const offered = offeredList(capabilities);
	const forced = credentials.mechanism;
	const offeredText = offered.join(' ');

	if (offered.length === 0) {
		return {
			mechanism: forced ?? '',
			verdict: {
				code: 'auth-not-offered',
				severity: 'warn',
				params: {isEncrypted: channel.isEncrypted ? 'yes' : 'no'},
			},
		};
	}

	// A control character in the user name would corrupt the SASL message (XOAUTH2 uses \x01
	// as a separator); the CLI and TUI refuse such names, this keeps the engine safe on its own.
	if (credentials.user.length === 0 || hasControlCharacter.test(credentials.user)) {
		return {
			mechanism: forced ?? '',
			verdict: {code: 'auth-failed', severity: 'fail', params: {reason: 'invalid-user'}},
		};
	}

	const findings: Verdict[] = [];
	const unsafe = unsafeReason(channel, credentials);
	if (unsafe && !unsafe.isAllowed) {
		channel.note(
			`AUTH skipped: ${unsafeWords[unsafe.reason] ?? unsafe.reason}; credentials were not sent`,
		);
		return {
			mechanism: forced ?? '',
			verdict: {code: 'auth-skipped-unsafe', severity: 'warn', params: {reason: unsafe.reason}},
		};
	}

	if (unsafe) {
		const code =
			unsafe.reason === 'not-encrypted' ? 'auth-plaintext-allowed' : 'auth-insecure-allowed';
		findings.push({code, severity: 'fail', params: {reason: unsafe.reason}});
		channel.note(
			unsafe.reason === 'not-encrypted'
				? 'WARNING: sending credentials without encryption (--allow-plaintext-auth)'
				: `WARNING: sending credentials despite ${unsafe.reason} (--insecure)`,
		);
	}

	const mechanism = chooseMechanism(offered, forced);
	if (!mechanism) {
		return {
			mechanism: forced ?? '',
			verdict: {
				code: 'auth-unsupported-mechanism',
				severity: 'fail',
				params: {mechanism: forced ?? '', offered: cleanParsed(offeredText, redact)},
			},
			...(findings.length > 0 ? {findings} : {}),
		};
	}

	const withFindings = (result: AuthResult): AuthResult =>
		findings.length > 0 ? {...result, findings: [...(result.findings ?? []), ...findings]} : result;

	try {
		return withFindings(await runMechanism(channel, mechanism, credentials, redact));
	} catch (error: unknown) {
		return withFindings({
			mechanism,
			verdict: {
				code: 'auth-interrupted',
				severity: 'fail',
				params: {mechanism, reason: clean(errorText(error), redact)},
			},
			isConnectionLost: true,
		});
	}
}

async function runMechanism(
	channel: SmtpChannel,
	mechanism: AuthMechanism,
	credentials: Credentials,
	redact: Redactor,
): Promise<AuthResult> {
	const {user, secret} = credentials;
	const finish = (reply: SmtpReply, extra: VerdictParams = {}): AuthResult => ({
		mechanism,
		verdict: classifyAuthReply(reply, mechanism, redact, extra),
		reply: scrubReply(reply, redact),
	});

	if (mechanism === 'PLAIN') {
		channel.send(`AUTH PLAIN ${encode(`\0${user}\0${secret}`)}`, {redactAs: redactedLines.plain});
		return finishOrCancel(channel, await channel.readReply(), finish);
	}

	if (mechanism === 'LOGIN') {
		channel.send('AUTH LOGIN');
		const userPrompt = await channel.readReply();
		if (userPrompt.code !== 334) {
			return finish(userPrompt);
		}

		channel.send(encode(user));
		const passwordPrompt = await channel.readReply();
		if (passwordPrompt.code !== 334) {
			return finish(passwordPrompt);
		}

		channel.send(encode(secret), {redactAs: redactedLines.loginPassword});
		return finishOrCancel(channel, await channel.readReply(), finish);
	}

	channel.send(`AUTH XOAUTH2 ${encode(`user=${user}\u0001auth=Bearer ${secret}\u0001\u0001`)}`, {
		redactAs: redactedLines.xoauth2,
	});
	const reply = await channel.readReply();
	if (reply.code === 334) {
		// RFC 7628 §3.2.2-style error: the server sends a base64 JSON status and waits for an
		// empty response before its final (failure) reply.
		const oauth = oauthErrorParams(reply, redact);
		channel.note(
			`XOAUTH2 error challenge${oauth['oauthStatus'] ? ` (status ${oauth['oauthStatus']})` : ''}`,
		);
		channel.send('');
		return finish(await channel.readReply(), oauth);
	}

	return finish(reply);
}

/** A 334 where a final reply was expected: cancel the exchange ("*", RFC 4954) and report. */
async function finishOrCancel(
	channel: SmtpChannel,
	reply: SmtpReply,
	finish: (reply: SmtpReply, extra?: VerdictParams) => AuthResult,
): Promise<AuthResult> {
	if (reply.code !== 334) {
		return finish(reply);
	}

	channel.send('*');
	return finish(await channel.readReply(), {reason: 'unexpected-challenge'});
}
