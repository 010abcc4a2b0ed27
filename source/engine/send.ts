// Test-message step (MAIL FROM, RCPT TO, DATA). The probe calls it after a successful AUTH on
// the port the message is meant for, so the transcript shows every step of a real submission.
// Refusals are classified by stage so the user learns *why*: the account may not send as that
// sender, the server will not relay to that recipient, or the message is too large.
import type {
	EhloCapabilities,
	SendResult,
	SmtpChannel,
	SmtpReply,
	TestMessage,
	Verdict,
	VerdictCode,
} from './types.js';

const maxParamText = 300;

const unsafeAddressCharacters = /[\u0000-\u0020\u007F-\u009F<>]/;

/** True when `address` can go into MAIL FROM/RCPT TO as is (no spaces, brackets or control characters). */
export function isSafeAddress(address: string): boolean {
	const at = address.lastIndexOf('@');
	return (
		address.length > 0 &&
		address.length <= 254 &&
		!unsafeAddressCharacters.test(address) &&
		at > 0 &&
		at < address.length - 1
	);
}

/** Pulls the queue id out of the final 250 reply, for the common server dialects. */
export function extractQueueId(reply: SmtpReply): string | undefined {
	const text = reply.lines.join(' ');
	const patterns = [
		/queued as\s+([\w.@:-]+)/i, // Postfix, smtp-server: "Ok: queued as 4Xyz1"
		/\bid=([\w.-]+)/i, // Exim: "OK id=1abcde-000123-AB"
		/<([^<>\s]+)>/, // Microsoft 365: "2.0.0 OK <id@host> [Hostname=...]"
		/\bok\s+\d+\s+([\w.-]+?)\s*-\s*gsmtp/i, // Gmail: "OK  1700000000 abc.123 - gsmtp"
		/^\s*(?:\d\.\d{1,3}\.\d{1,3}\s+)?ok:?\s+([\w-]{8,})\b/i, // Amazon SES: "Ok 0100018c-..."
	];
	for (const pattern of patterns) {
		const id = pattern.exec(text)?.[1];
		if (id) {
			return id;
		}
	}

	return undefined;
}

function truncate(text: string): string {
	return text.length > maxParamText ? `${text.slice(0, maxParamText)}…` : text;
}

type Stage = SendResult['stage'];

function refusal(
	code: VerdictCode,
	stage: Stage,
	message: TestMessage,
	reply?: SmtpReply,
	extra: Record<string, string | number> = {},
): SendResult {
	const params: Record<string, string | number> = {stage, from: message.from, to: message.to};
	if (reply) {
		params['code'] = reply.code;
		params['text'] = truncate(reply.lines.join(' '));
		if (reply.enhancedCode) {
			params['enhancedCode'] = reply.enhancedCode;
		}
	}

	const isTemporary = reply !== undefined && reply.code >= 400 && reply.code < 500;
	const severity: Verdict['severity'] =
		code === 'rate-limited' ? 'info' : isTemporary ? 'warn' : 'fail';
	return {
		stage,
		verdict: {
			code,
			severity,
			params: {...params, ...(isTemporary ? {isTemporary: 'yes'} : {}), ...extra},
		},
		...(reply ? {reply} : {}),
	};
}

function replyText(reply: SmtpReply): string {
	return reply.lines.join(' ');
}

/** Why the server refused MAIL FROM. */
export function classifyMailRefusal(reply: SmtpReply): VerdictCode {
	const text = replyText(reply);
	const enhanced = reply.enhancedCode ?? '';
	if (reply.code === 421) {
		return 'rate-limited';
	}

	if (reply.code === 552 || enhanced === '5.3.4' || enhanced === '5.2.3') {
		return 'send-too-large';
	}

	if (
		reply.code === 553 ||
		['5.7.1', '5.1.7', '5.1.8', '5.7.60'].includes(enhanced) ||
		/not owned|sender address rejected|not (?:authori[sz]ed|allowed|permitted) to send|SendAsDenied|send as/i.test(
			text,
		)
	) {
		return 'send-sender-rejected';
	}

	return 'send-refused';
}

/** Why the server refused RCPT TO. */
export function classifyRcptRefusal(reply: SmtpReply): VerdictCode {
	const text = replyText(reply);
	const enhanced = reply.enhancedCode ?? '';
	if (reply.code === 421) {
		return 'rate-limited';
	}

	if (enhanced === '5.7.1' || /relay/i.test(text)) {
		return 'send-relay-denied';
	}

	if (
		enhanced === '5.1.1' ||
		enhanced === '5.1.10' ||
		/user unknown|unknown user|no such user|does not exist|recipient address rejected|mailbox unavailable/i.test(
			text,
		)
	) {
		return 'send-recipient-unknown';
	}

	if (reply.code === 552 && enhanced !== '5.2.2') {
		return 'send-too-large';
	}

	return 'send-refused';
}

/** Why the server refused DATA or the message after it. */
export function classifyDataRefusal(reply: SmtpReply): VerdictCode {
	const enhanced = reply.enhancedCode ?? '';
	if (reply.code === 421) {
		return 'rate-limited';
	}

	if (reply.code === 552 || enhanced === '5.3.4' || enhanced === '5.2.3') {
		return 'send-too-large';
	}

	return 'send-refused';
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : 'unknown error';
}

/** Sends the composed test message over the probe's own connection. */
export async function sendTestMessage(
	channel: SmtpChannel,
	capabilities: EhloCapabilities,
	message: TestMessage,
): Promise<SendResult> {
	if (!isSafeAddress(message.from) || !isSafeAddress(message.to)) {
		return refusal('send-refused', 'mail', message, undefined, {reason: 'invalid-address'});
	}

	const needsUtf8 = /[^\u0000-\u007F]/.test(message.from + message.to);
	if (needsUtf8 && !capabilities.smtpUtf8) {
		channel.note(
			'Test message not sent: the addresses need SMTPUTF8, which the server does not offer',
		);
		return refusal('send-refused', 'mail', message, undefined, {reason: 'smtputf8-not-offered'});
	}

	// Loaded only when a message is really sent: the headless check stays free of nodemailer.
	const {composeTestMessage, dotStuff} = await import('./compose-message.js');
	const composed = await composeTestMessage(message);
	const limit = capabilities.size;
	if (limit !== undefined && limit > 0 && composed.size > limit) {
		channel.note(`Test message not sent: ${composed.size} bytes exceed the server's SIZE ${limit}`);
		return refusal('send-too-large', 'mail', message, undefined, {size: composed.size, limit});
	}

	let stage: Stage = 'mail';
	try {
		const mailParameters = [
			...(limit === undefined ? [] : [`SIZE=${composed.size}`]),
			...(needsUtf8 ? ['SMTPUTF8'] : []),
		];
		channel.send([`MAIL FROM:<${message.from}>`, ...mailParameters].join(' '));
		const mail = await channel.readReply();
		if (mail.code !== 250) {
			return refusal(classifyMailRefusal(mail), 'mail', message, mail);
		}

		stage = 'rcpt';
		channel.send(`RCPT TO:<${message.to}>`);
		const rcpt = await channel.readReply();
		if (rcpt.code !== 250 && rcpt.code !== 251) {
			return refusal(classifyRcptRefusal(rcpt), 'rcpt', message, rcpt);
		}

		stage = 'data';
		channel.send('DATA');
		const data = await channel.readReply();
		if (data.code !== 354) {
			return refusal(classifyDataRefusal(data), 'data', message, data);
		}

		channel.sendRaw(
			dotStuff(composed.raw),
			`<test message: ${composed.size} bytes, Subject "${message.subject}", Message-ID ${composed.messageId}, then "."; dot-stuffed>`,
		);
		const final = await channel.readReply();
		if (final.code !== 250) {
			return {
				...refusal(classifyDataRefusal(final), 'data', message, final),
				messageId: composed.messageId,
			};
		}

		const queueId = extractQueueId(final);
		return {
			stage: 'done',
			verdict: {
				code: 'send-ok',
				severity: 'ok',
				params: {
					from: message.from,
					to: message.to,
					code: final.code,
					text: truncate(replyText(final)),
					messageId: composed.messageId,
					...(queueId ? {queueId} : {}),
				},
			},
			reply: final,
			messageId: composed.messageId,
			...(queueId ? {queueId} : {}),
		};
	} catch (error: unknown) {
		return {
			...refusal('send-interrupted', stage, message, undefined, {
				reason: truncate(errorText(error)),
			}),
			isConnectionLost: true,
		};
	}
}
