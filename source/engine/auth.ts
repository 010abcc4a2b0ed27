// AUTH step (PLAIN, LOGIN, XOAUTH2). Implemented by the credentials issue; the probe calls
// it after the last EHLO when credentials were given.
import type {AuthResult, Credentials, EhloCapabilities, SmtpChannel} from './types.js';

/** Runs AUTH on an open channel, or explains why it was not safe to. Never throws with a secret in the message. */
export function authenticate(
	_channel: SmtpChannel,
	_capabilities: EhloCapabilities,
	credentials: Credentials,
): Promise<AuthResult> {
	return Promise.resolve({
		mechanism: credentials.mechanism ?? 'PLAIN',
		verdict: {code: 'auth-unsupported-mechanism', severity: 'info', params: {}},
	});
}
