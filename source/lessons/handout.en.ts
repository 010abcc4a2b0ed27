// The handout's own sentences in English: the title page, the port table and the headings.
// The lessons and myths come from en.ts and myths.en.ts.
import type {HandoutText} from './handout-types.js';

export const handoutEn = {
	title: 'SMTP ports and encryption: a handout for the team',
	intro:
		'For everyone who sets up mail in an app or a mail client. One page of ports and errors first, then every lesson of smtp-doctor, then the myths found in popular tutorials, each with its source: an RFC (www.rfc-editor.org) or the IANA port registry.',
	madeWith: 'Made with smtp-doctor {version} (`smtp-doctor lessons --export`) on {date}.',
	contents: 'Contents',
	portsHeading: 'The ports on one page',
	portColumns: [
		'Port',
		'IANA name',
		'How encryption starts',
		'Client setting',
		'Use it for',
		'Source',
	],
	ports: [
		{
			port: 465,
			ianaName: 'submissions',
			starts: 'TLS from the first byte (implicit TLS)',
			setting: 'SSL/TLS',
			useFor: 'Apps and mail clients: the first choice',
			sources: ['rfc8314'],
		},
		{
			port: 587,
			ianaName: 'submission',
			starts: 'Plain text, then STARTTLS (require it)',
			setting: 'STARTTLS',
			useFor: 'Apps and mail clients where 465 is blocked',
			sources: ['rfc6409', 'rfc3207'],
		},
		{
			port: 2525,
			ianaName: 'none (not registered)',
			starts: 'Like 587: plain text, then STARTTLS',
			setting: 'STARTTLS',
			useFor: "A sending service's fallback when 587 is blocked",
			sources: ['ianaPorts'],
		},
		{
			port: 25,
			ianaName: 'smtp',
			starts: 'Plain text, STARTTLS when both offer it',
			setting: 'not for apps',
			useFor: 'Mail servers relaying to each other; often blocked outbound',
			sources: ['rfc5321', 'rfc3207'],
		},
	],
	choose:
		'Which to choose: 465 with SSL/TLS; 587 with STARTTLS required where 465 is blocked; 2525 only when the provider offers it and 587 is blocked; 25 only between mail servers.',
	words:
		'Words: "SSL" or "SSL/TLS" in a client means implicit TLS (465); "STARTTLS" (sometimes just "TLS") means the upgrade on 587, 2525 or 25; "None" means plain text. Both kinds encrypt with TLS 1.2 or 1.3 today.',
	symptomsHeading: 'What you see, and what it means',
	symptomColumns: ['You see', 'It means', 'Lesson'],
	symptoms: [
		{
			seen: 'wrong version number',
			meaning: 'SSL/TLS chosen on a STARTTLS port (587, 2525, 25): use STARTTLS there, or 465',
			lesson: 'encryption-mixups',
		},
		{
			seen: 'Greeting never received (on 465)',
			meaning: 'STARTTLS or plain text chosen on the SSL/TLS port: choose SSL/TLS',
			lesson: 'encryption-mixups',
		},
		{
			seen: 'connection timed out (on 25)',
			meaning: 'Your network blocks outbound 25: submit on 465 or 587',
			lesson: 'port-25',
		},
		{
			seen: 'self signed certificate / unable to verify the first certificate',
			meaning: 'The chain is not trusted, or the server leaves out its intermediate',
			lesson: 'certificates',
		},
		{
			seen: "Hostname/IP does not match certificate's altnames",
			meaning: 'Use the host name on the certificate as the SMTP host',
			lesson: 'certificates',
		},
		{
			seen: '530 Must issue a STARTTLS command first',
			meaning: 'Login tried before encryption: require STARTTLS',
			lesson: 'authentication',
		},
		{
			seen: '534 5.7.9 Application-specific password required',
			meaning: 'The account has 2-step verification: create an app password',
			lesson: 'login-errors',
		},
		{
			seen: '421 4.7.0 Too many connections',
			meaning: 'Rate-limited: wait, then connect less often (not a port failure)',
			lesson: 'rate-limiting',
		},
	],
	shelves: {
		encryption: 'Encryption',
		ports: 'Ports',
		ideas: 'Ideas',
		myths: 'Myths and facts',
	},
	sources: 'Sources',
	practice:
		'To practise on real servers on your own machine (nothing leaves it): `smtp-doctor practice`.',
	listHint: 'smtp-doctor lessons ID prints one; --export FILE.md writes them all as a handout.',
	written:
		'Wrote the handout to {file}: {lessons} lessons, {myths} myths, the port table ({kib} KiB{replaced}).',
	replaced: ', replacing the earlier one',
} as const satisfies HandoutText;
