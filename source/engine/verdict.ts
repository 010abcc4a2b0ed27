// Builds verdicts with their default severity. The words live in source/i18n/verdicts/ per language.
import type {Severity, Verdict, VerdictCode, VerdictParams} from './types.js';

const defaultSeverity: Readonly<Record<VerdictCode, Severity>> = {
	'implicit-tls-ok': 'ok',
	'starttls-ok': 'ok',
	'plain-only': 'warn',
	'dns-nxdomain': 'fail',
	'dns-no-address': 'fail',
	'dns-unavailable': 'fail',
	'network-unreachable': 'fail',
	'host-unreachable': 'fail',
	'connect-prohibited': 'fail',
	'connection-refused': 'fail',
	'connect-timeout': 'fail',
	'connection-reset': 'fail',
	'no-greeting': 'fail',
	'greeting-delay': 'fail',
	'greeting-slow': 'warn',
	'not-smtp': 'fail',
	'greeting-rejected': 'fail',
	'ehlo-rejected': 'fail',
	'rate-limited': 'info',
	'reply-too-large': 'fail',
	'protocol-error': 'fail',
	'command-timeout': 'fail',
	'tls-on-plaintext-port': 'fail',
	'plaintext-on-tls-port': 'fail',
	'starttls-not-offered': 'fail',
	'starttls-refused': 'fail',
	'tls-handshake-failed': 'fail',
	'tls-old-version': 'fail',
	'starttls-optional': 'warn',
	'cert-expired': 'fail',
	'cert-not-yet-valid': 'fail',
	'cert-hostname-mismatch': 'fail',
	'cert-self-signed': 'fail',
	'cert-untrusted': 'fail',
	'cert-chain-incomplete': 'fail',
	'cert-expiring-soon': 'warn',
	'auth-before-tls': 'warn',
	'auth-not-offered': 'warn',
	'auth-ok': 'ok',
	'auth-failed': 'fail',
	'auth-app-password-required': 'fail',
	'auth-disabled-for-tenant': 'fail',
	'auth-requires-tls': 'fail',
	'auth-skipped-unsafe': 'warn',
	'auth-unsupported-mechanism': 'fail',
	'auth-interrupted': 'fail',
	'auth-plaintext-allowed': 'fail',
	'auth-insecure-allowed': 'fail',
	'send-ok': 'ok',
	'send-refused': 'fail',
	'send-sender-rejected': 'fail',
	'send-relay-denied': 'fail',
	'send-recipient-unknown': 'fail',
	'send-too-large': 'fail',
	'send-interrupted': 'fail',
	cancelled: 'info',
	'not-offered-by-provider': 'info',
};

/** The severity a verdict code has unless the probe says otherwise (e.g. a mix-up found in auto mode is `info`). */
export function severityOf(code: VerdictCode): Severity {
	return defaultSeverity[code];
}

/** Creates a verdict with the code's default severity, or an explicit one. */
export function makeVerdict(
	code: VerdictCode,
	params: VerdictParams = {},
	severity: Severity = severityOf(code),
): Verdict {
	return {code, severity, params};
}
