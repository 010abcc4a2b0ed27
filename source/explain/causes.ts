// The causes, as data: what the probe looks at to prove or refute each one, on which ports
// when the pasted text names none, and whether its fix is said in the client's encryption
// words. Titles, reasons and fixes are in texts.en.ts / texts.id.ts, keyed by the code.
import type {CauseCode, CauseDefinition} from './types.js';

const submission = [465, 587] as const;

export const causeDefinitions: Readonly<Record<CauseCode, CauseDefinition>> = {
	'tls-on-starttls-port': {
		code: 'tls-on-starttls-port',
		check: 'speaks-plain-first',
		ports: [587],
		isEncryptionFix: true,
	},
	'plaintext-on-tls-port': {
		code: 'plaintext-on-tls-port',
		check: 'speaks-tls-first',
		ports: [465],
		isEncryptionFix: true,
	},
	'starttls-not-used': {
		code: 'starttls-not-used',
		check: 'login-after-starttls',
		ports: [587],
		isEncryptionFix: true,
	},
	'cert-untrusted': {code: 'cert-untrusted', check: 'cert-trusted', ports: submission},
	'cert-name-mismatch': {code: 'cert-name-mismatch', check: 'cert-name', ports: submission},
	'cert-expired': {code: 'cert-expired', check: 'cert-dates', ports: submission},
	'auth-failed': {code: 'auth-failed', check: 'needs-login', ports: submission},
	'auth-app-password': {code: 'auth-app-password', check: 'needs-login', ports: submission},
	'auth-disabled-tenant': {code: 'auth-disabled-tenant', check: 'needs-login', ports: [587]},
	'port-blocked': {code: 'port-blocked', check: 'connects', ports: [25, 465, 587]},
	'connection-refused': {code: 'connection-refused', check: 'refuses', ports: submission},
	'dns-failure': {code: 'dns-failure', check: 'resolves', ports: submission},
	'relay-denied': {code: 'relay-denied', check: 'needs-login', ports: [587]},
	'tls-old-version': {code: 'tls-old-version', check: 'tls-version', ports: submission},
	'rate-limited': {code: 'rate-limited', check: 'rate-limit', ports: [587]},
};
