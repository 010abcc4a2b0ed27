// Composes the opt-in test message with nodemailer's MailComposer (real MIME: encoded
// headers, quoted-printable body, Date, Message-ID), and dot-stuffs it for DATA.
import {randomUUID} from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type {TestMessage} from './types.js';

export {createTestMessage, defaultSubject} from './test-message.js';

/** A composed message, ready for DATA. */
export type ComposedMessage = {
	/** RFC 5322 message with CRLF line endings, not yet dot-stuffed. */
	readonly raw: string;
	/** Message-ID header value, with angle brackets. */
	readonly messageId: string;
	readonly date: string;
	/** Size in bytes of `raw` (what SIZE= announces). */
	readonly size: number;
};

/** The domain part of an address, for the Message-ID (falls back to a neutral name). */
function domainOf(address: string): string {
	const at = address.lastIndexOf('@');
	const domain = at === -1 ? '' : address.slice(at + 1);
	return /^[\w.-]+$/.test(domain) ? domain : 'smtp-doctor.invalid';
}

/** Composes the message (MIME, CRLF). `now` is injectable for tests. */
export async function composeTestMessage(
	message: TestMessage,
	options: {readonly now?: Date} = {},
): Promise<ComposedMessage> {
	const now = options.now ?? new Date();
	const messageId = `<${randomUUID()}@${domainOf(message.from)}>`;
	const composer = new MailComposer({
		from: message.from,
		to: message.to,
		subject: message.subject,
		text: message.text,
		date: now,
		messageId,
		headers: {'X-Mailer': 'smtp-doctor'},
	});
	const buffer = await composer.compile().build();
	const raw = toCrlf(buffer.toString('utf8'));
	return {raw, messageId, date: now.toUTCString(), size: Buffer.byteLength(raw)};
}

function toCrlf(text: string): string {
	return text.replaceAll(/\r?\n/g, '\r\n');
}

/**
 * The DATA payload: CRLF line endings, a leading dot doubled on every line (RFC 5321
 * §4.5.2), and the terminating "<CRLF>.<CRLF>".
 */
export function dotStuff(raw: string): string {
	const body = toCrlf(raw)
		.split('\r\n')
		.map((line) => (line.startsWith('.') ? `.${line}` : line))
		.join('\r\n');
	return `${body.endsWith('\r\n') ? body : `${body}\r\n`}.\r\n`;
}
