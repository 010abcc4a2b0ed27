// The opt-in test message's envelope, subject and words. Kept apart from the MIME composer so
// the CLI can build and confirm it without loading nodemailer.
import type {TestMessage} from './types.js';

/** Subject of the test message unless the caller gives one. */
export const defaultSubject = 'smtp-doctor test message';

/** Fills in the subject and body of a test message for `from` -> `to` through host:port. */
export function createTestMessage(options: {
	readonly from: string;
	readonly to: string;
	readonly port: number;
	readonly host: string;
	readonly subject?: string;
}): TestMessage {
	return {
		from: options.from,
		to: options.to,
		port: options.port,
		subject: options.subject ?? defaultSubject,
		text: [
			'This is a test message sent by smtp-doctor, the SMTP port troubleshooter.',
			'',
			`It went out through ${options.host} port ${options.port} after a successful login.`,
			'If you can read it, sending from this account works. No reply is needed.',
		].join('\n'),
	};
}
