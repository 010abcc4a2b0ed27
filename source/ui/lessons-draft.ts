// First draft of the lessons, English only. The lessons work (source/lessons/) replaces this
// with complete bilingual data of the same shape; the Learn screen only reads `LessonCatalog`.
import type {VerdictCode} from '../engine/types.js';

/** One lesson: a title and short paragraphs. */
export type LessonView = {
	readonly id: string;
	readonly title: string;
	readonly paragraphs: readonly string[];
};

/** The lessons and which one explains each verdict. */
export type LessonCatalog = {
	readonly lessons: readonly LessonView[];
	/** The lesson that explains a verdict seen on `port` (port lessons win for network verdicts). */
	lessonFor(code: VerdictCode, port?: number): string | undefined;
};

const lessons: LessonView[] = [
	{
		id: 'ssl',
		title: 'SSL (what mail apps call "SSL" or "SSL/TLS")',
		paragraphs: [
			'In a mail app, "SSL" or "SSL/TLS" means implicit TLS: the encrypted handshake starts the moment the connection opens, before the server says a word. The usual port is 465.',
			'The SSL protocol itself (SSLv2, SSLv3) is dead and unsafe; what runs today under that label is TLS 1.2 or 1.3. The name stuck, the protocol did not.',
			'If you pick SSL on a port that expects STARTTLS (587, 25, 2525), the server greets in plain text, your app expects a TLS record, and you get "wrong version number".',
		],
	},
	{
		id: 'tls',
		title: 'TLS and certificates',
		paragraphs: [
			'TLS encrypts the connection and proves who the server is with a certificate: the name you typed as SMTP host must be on it, it must be in date, and it must chain up to an authority your system trusts.',
			'TLS 1.0 and 1.1 must no longer be used (RFC 8996, 2021); submission servers should offer TLS 1.2 or 1.3 (RFC 8997).',
			'Some apps label STARTTLS as "TLS". Either way the negotiated protocol is TLS; the labels only say when encryption starts.',
		],
	},
	{
		id: 'starttls',
		title: 'STARTTLS',
		paragraphs: [
			'STARTTLS (RFC 3207, 2002) starts in plain text: the server greets, the client says EHLO, the server lists STARTTLS, the client asks for it, and only then the TLS handshake runs. After it the client says EHLO again and forgets what it learned before.',
			'It is as safe as implicit TLS only when the client requires it. If an app merely uses STARTTLS when offered, someone in the path can remove the offer and the password goes in clear (stripping).',
			'A server that lists AUTH before STARTTLS invites apps to send passwords unencrypted.',
		],
	},
	{
		id: 'none',
		title: 'NONE (no encryption)',
		paragraphs: [
			'"None" sends everything, including your password, in clear text that anyone on the path can read.',
			'It only makes sense on a trusted local link such as a relay on the same machine. For a mail account on the internet choose SSL/TLS on 465 or STARTTLS on 587.',
		],
	},
	{
		id: 'port-25',
		title: 'Port 25: server-to-server relay',
		paragraphs: [
			'Port 25 (RFC 5321) is how mail servers hand mail to each other. It is not meant for your mail app to log in and send.',
			"Many ISPs and cloud providers block outgoing 25 to stop spam from infected machines: the connection times out or is refused. That is normal and not your mail provider's fault.",
		],
	},
	{
		id: 'port-465',
		title: 'Port 465: submission over implicit TLS (recommended)',
		paragraphs: [
			'RFC 8314 (January 2018) registered 465 as "submissions": TLS from the first byte, then log in and send. It recommends implicit TLS in preference to STARTTLS.',
			'465 is NOT deprecated. That claim comes from a short-lived assignment in the 1990s and is still copied by many blogs; since 2018 it is the preferred submission port.',
			'In a mail app: Port 465, Encryption SSL/TLS, Authentication normal password (your full email address as user name, for most providers).',
		],
	},
	{
		id: 'port-587',
		title: 'Port 587: submission with STARTTLS',
		paragraphs: [
			'Port 587 is the message submission port (RFC 6409, 2011): the app connects in plain text, upgrades with STARTTLS, then logs in.',
			'It is as secure as 465 when the app requires TLS (RFC 8314). Use it when 465 is blocked or not offered, and set the encryption to STARTTLS, not "none" or "if available".',
		],
	},
	{
		id: 'port-2525',
		title: 'Port 2525: a vendor fallback',
		paragraphs: [
			'2525 is not registered with IANA for mail. Sending services (SendGrid, Mailgun, Postmark, SMTP2GO, Brevo, ...) offer it for networks that block 587.',
			'It behaves like 587: plain connect, then STARTTLS. Many mailbox providers (Hostinger among them) do not offer it at all.',
		],
	},
];

const verdictLessons: Partial<Record<VerdictCode, string>> = {
	'implicit-tls-ok': 'port-465',
	'starttls-ok': 'starttls',
	'plain-only': 'none',
	'connection-refused': 'port-25',
	'connect-timeout': 'port-25',
	'no-greeting': 'ssl',
	'tls-on-plaintext-port': 'ssl',
	'plaintext-on-tls-port': 'ssl',
	'starttls-not-offered': 'starttls',
	'starttls-refused': 'starttls',
	'tls-handshake-failed': 'tls',
	'tls-old-version': 'tls',
	'cert-expired': 'tls',
	'cert-not-yet-valid': 'tls',
	'cert-hostname-mismatch': 'tls',
	'cert-self-signed': 'tls',
	'cert-untrusted': 'tls',
	'cert-expiring-soon': 'tls',
	'auth-before-tls': 'starttls',
	'auth-requires-tls': 'starttls',
	'auth-skipped-unsafe': 'none',
	'not-offered-by-provider': 'port-2525',
	'greeting-rejected': 'port-25',
};

const portVerdicts = new Set<VerdictCode>([
	'connection-refused',
	'connect-timeout',
	'not-offered-by-provider',
	'implicit-tls-ok',
]);

/** The draft catalogue used until the complete lessons land. */
export const draftLessons: LessonCatalog = {
	lessons,
	lessonFor(code, port) {
		const portLesson = `port-${port ?? 0}`;
		if (portVerdicts.has(code) && lessons.some((lesson) => lesson.id === portLesson)) {
			return portLesson;
		}

		return verdictLessons[code];
	},
};
