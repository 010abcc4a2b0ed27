// Which lesson explains which verdict. Every verdict code maps to one lesson (tests check it), so
// the port detail can show the lesson's one-line answer inline and open the lesson on a key.

import type {VerdictCode} from '../engine/types.js';
import type {MythCatalogue, MythId} from '../i18n/lessons/myths.js';
import type {LessonCatalogue, LessonId} from '../i18n/lessons/types.js';
import {getLesson, getMyth, type Myth} from './lessons.js';

// The whole lookup API from one module, as the TUI and CLI import it.
export {getLesson, listLessons} from './lessons.js';

/** The lesson that explains each verdict code. */
export const verdictLessons = {
	'implicit-tls-ok': 'port-465',
	'starttls-ok': 'starttls',
	'plain-only': 'none',
	'dns-nxdomain': 'dns',
	'dns-no-address': 'dns',
	'dns-unavailable': 'dns',
	'network-unreachable': 'connection-errors',
	'host-unreachable': 'connection-errors',
	'connect-prohibited': 'connection-errors',
	'connection-refused': 'connection-errors',
	'connect-timeout': 'connection-errors',
	'connection-reset': 'connection-errors',
	'no-greeting': 'connection-errors',
	'greeting-delay': 'connection-errors',
	'greeting-slow': 'connection-errors',
	'not-smtp': 'smtp-conversation',
	'greeting-rejected': 'smtp-conversation',
	'ehlo-rejected': 'smtp-conversation',
	'rate-limited': 'rate-limiting',
	'reply-too-large': 'smtp-conversation',
	'protocol-error': 'smtp-conversation',
	'command-timeout': 'smtp-conversation',
	'tls-on-plaintext-port': 'encryption-mixups',
	'plaintext-on-tls-port': 'encryption-mixups',
	'starttls-not-offered': 'starttls',
	'starttls-refused': 'starttls',
	'tls-handshake-failed': 'tls',
	'tls-old-version': 'tls',
	'starttls-optional': 'starttls',
	'cert-expired': 'certificates',
	'cert-not-yet-valid': 'certificates',
	'cert-hostname-mismatch': 'certificates',
	'cert-self-signed': 'certificates',
	'cert-untrusted': 'certificates',
	'cert-chain-incomplete': 'certificates',
	'cert-expiring-soon': 'certificates',
	'auth-before-tls': 'authentication',
	'auth-not-offered': 'authentication',
	'auth-ok': 'authentication',
	'auth-failed': 'login-errors',
	'auth-app-password-required': 'login-errors',
	'auth-disabled-for-tenant': 'login-errors',
	'auth-requires-tls': 'authentication',
	'auth-skipped-unsafe': 'authentication',
	'auth-unsupported-mechanism': 'login-errors',
	'auth-interrupted': 'login-errors',
	'auth-plaintext-allowed': 'authentication',
	'auth-insecure-allowed': 'certificates',
	'send-ok': 'test-message',
	'send-refused': 'test-message',
	'send-sender-rejected': 'test-message',
	'send-relay-denied': 'test-message',
	'send-recipient-unknown': 'test-message',
	'send-too-large': 'test-message',
	'send-interrupted': 'test-message',
	cancelled: 'how-the-probe-works',
	'not-offered-by-provider': 'choosing-a-port',
} as const satisfies Record<VerdictCode, LessonId>;

/**
 * Verdicts better explained by the lesson of the port they happened on: a timeout on 25 is the
 * classic outbound block (port-25 lesson); nothing on 2525 usually means the provider does not
 * offer it (port-2525 lesson).
 */
const portSpecific: ReadonlyArray<{
	readonly port: number;
	readonly codes: ReadonlySet<VerdictCode>;
	readonly lesson: LessonId;
}> = [
	{port: 25, codes: new Set(['connect-timeout']), lesson: 'port-25'},
	{
		port: 2525,
		codes: new Set(['connect-timeout', 'connection-refused', 'not-offered-by-provider']),
		lesson: 'port-2525',
	},
];

/** The id of the lesson that explains a verdict code, optionally as seen on `port`. */
export function lessonForVerdict(code: VerdictCode, port?: number): LessonId {
	const specific = portSpecific.find((entry) => entry.port === port && entry.codes.has(code));
	return specific?.lesson ?? verdictLessons[code];
}

/** The one-line answer of the lesson behind a verdict, for inline display in the port detail. */
export function lessonSummary(code: VerdictCode, texts: LessonCatalogue, port?: number): string {
	return getLesson(lessonForVerdict(code, port), texts).answer;
}

/**
 * Verdicts that touch a myth, and the myth they correct. The first entry that matches the code
 * (and the port, when one is named) wins; a verdict may touch more than one myth.
 */
export const verdictMyths: ReadonlyArray<{
	readonly codes: readonly VerdictCode[];
	readonly port?: number;
	readonly myths: readonly MythId[];
}> = [
	// A timeout or refusal on 25 is the outbound block, not a verdict on the server.
	{
		port: 25,
		codes: ['connect-timeout', 'connection-refused', 'no-greeting'],
		myths: ['port-25-test'],
	},
	// 2525 speaks like 587: STARTTLS, never TLS from the first byte.
	{port: 2525, codes: ['starttls-ok', 'tls-on-plaintext-port'], myths: ['port-2525-tls']},
	{port: 465, codes: ['implicit-tls-ok'], myths: ['port-465-deprecated']},
	// The myths about 587 are shown on 587 only.
	{port: 587, codes: ['starttls-ok'], myths: ['port-587-most-secure', 'port-587-slower']},
	{port: 587, codes: ['starttls-not-offered', 'auth-before-tls'], myths: ['port-587-most-secure']},
	// "SSL" on a STARTTLS port, or "TLS" on an SSL port: the choice is when TLS starts.
	{codes: ['tls-on-plaintext-port', 'plaintext-on-tls-port'], myths: ['ssl-tls-levels']},
];

/** The myths a verdict (seen on `port`) touches: none for most verdicts. */
export function mythsForVerdict(code: VerdictCode, port?: number): readonly MythId[] {
	const link = verdictMyths.find(
		(entry) => entry.codes.includes(code) && (entry.port === undefined || entry.port === port),
	);
	return link?.myths ?? [];
}

/** The myths a verdict touches, ready to render, from one language's myth texts. */
export function mythsOfVerdict(
	code: VerdictCode,
	myths: MythCatalogue,
	port?: number,
): readonly Myth[] {
	return mythsForVerdict(code, port).map((id) => getMyth(id, myths));
}
