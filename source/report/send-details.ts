// The test message's details as the confirmation shows them, headless and in the app.
import type {TestMessage} from '../engine/types.js';

/** What the confirmation step shows before anything is sent. */
export type SendDetails = {
	readonly from: string;
	readonly to: string;
	readonly subject: string;
	/** "smtp.example.com port 465". */
	readonly server: string;
};

/** The details to confirm for a test message through `host`. */
export function sendDetails(message: TestMessage, host: string): SendDetails {
	return {
		from: message.from,
		to: message.to,
		subject: message.subject,
		server: `${host} port ${message.port}`,
	};
}

/** The confirmation text (headless prompt and TUI share the wording). */
export function formatSendDetails(details: SendDetails): string {
	return [
		'A test message will be sent:',
		`  From:    ${details.from}`,
		`  To:      ${details.to}`,
		`  Subject: ${details.subject}`,
		`  Server:  ${details.server}`,
	].join('\n');
}
