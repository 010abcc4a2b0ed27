// Test-message step (MAIL FROM, RCPT TO, DATA). Implemented by the credentials issue; the
// probe calls it after a successful AUTH on the port the message is meant for.
import type {EhloCapabilities, SendResult, SmtpChannel, TestMessage} from './types.js';

/** Sends the composed test message over the probe's own connection. */
export function sendTestMessage(
	_channel: SmtpChannel,
	_capabilities: EhloCapabilities,
	_message: TestMessage,
): Promise<SendResult> {
	return Promise.resolve({
		stage: 'mail',
		verdict: {code: 'send-refused', severity: 'info', params: {}},
	});
}
