// The practice in English: the screen's words, then each situation as a user would tell it,
// its question, and every answer with why it is right or wrong. Facts as in the lessons.
import type {PracticeTexts} from './texts-types.js';

export const practiceEn = {
	screen: {
		title: 'Practice: {count} situations, played by real servers on this machine',
		intro:
			'Each situation is a real lab server on 127.0.0.1: nothing leaves this machine, no DNS. Pick an answer; the real probe then shows why it is right or wrong.',
		progress: 'Exercise {number} of {count}: {title}',
		scoreSoFar: 'score {right}/{answered}',
		questionHint: '↑↓ choose · Enter or 1-{count} answer · l lesson · Esc back · q quit',
		running: 'Probing the lab server that plays this situation (port {ports})...',
		right: '✔ Right: {label}',
		wrong: '✖ Not quite: you chose {label}',
		youChose: 'Why not: {why}',
		theAnswer: 'The answer: {label}. {why}',
		asSet: 'The setting as described: port {ports}, {mode}',
		fix: 'The right setting: port {ports}, {mode}',
		modes: {
			auto: 'found out by the probe',
			'implicit-tls': 'SSL/TLS',
			starttls: 'STARTTLS (required)',
			none: 'no encryption',
		},
		login: 'logging in with a made-up practice login',
		trusted: "trusting the server's own certificate",
		servername: 'host name {name}',
		portLine: '{port} (lab 127.0.0.1:{realPort}, {ms} ms): {title}',
		recommended: 'The probe recommends: port {port}, {encryption}',
		unexpected:
			'Note: the probe found "{found}" on {port} where this exercise expects "{expected}": this run did not play the situation as planned.',
		failed: 'The lab could not run this probe: {reason}',
		resultHint: 'Enter next · l lesson · t transcript · Esc back · q quit',
		transcriptHint: 't back to the answer · ↑↓ scroll · Esc back · q quit',
		transcriptTitle: 'What the probe sent (->) and received (<-), ~ inside TLS',
		scoreTitle: 'Score: {right} of {count}',
		scoreRight: '✔ {title}',
		scoreWrong: '✖ {title} (lesson: {lesson})',
		toRead: 'Read next: {lessons}',
		allRight:
			'Every answer right. `smtp-doctor lessons --export FILE.md` puts it all on paper for the team.',
		scoreHint: 'r start again · Esc back · q quit',
		loading: 'Loading the exercises...',
	},
	exercises: {
		'ssl-on-587': {
			title: 'SSL on a STARTTLS port',
			situation:
				'Your app is set to port 587 with SSL (secure: true), and every send fails with "wrong version number".',
			question: 'What should the app use?',
			choices: {
				'starttls-587': {
					label: 'Port 587 with STARTTLS (secure: false, requireTLS: true)',
					why: '587 starts in plain text and upgrades with STARTTLS; requiring it keeps the password inside TLS.',
				},
				'ssl-no-verify': {
					label: 'Keep SSL and turn off certificate checks',
					why: 'The certificate is not the problem: no TLS handshake starts, because 587 answers in plain text.',
				},
				'none-587': {
					label: 'Port 587 without encryption',
					why: 'It would connect, but the password would travel in clear text.',
				},
				'ssl-25': {
					label: 'Port 25 with SSL',
					why: '25 starts in plain text too (and is for servers): SSL fails there the same way.',
				},
			},
		},
		'starttls-on-465': {
			title: 'STARTTLS on the SSL/TLS port',
			situation:
				'The provider\'s page says port 465. Your client is set to STARTTLS: it hangs, then says "Greeting never received".',
			question: 'What should the client use?',
			choices: {
				'longer-timeout': {
					label: 'STARTTLS on 465, with a longer timeout',
					why: 'Waiting longer changes nothing: the server waits for a TLS handshake, the client for a greeting.',
				},
				'ssl-465': {
					label: 'SSL/TLS on 465 (implicit TLS, secure: true)',
					why: '465 starts TLS with the first byte; the greeting then comes inside TLS.',
				},
				'none-465': {
					label: 'No encryption on 465',
					why: 'Plain text meets the same silence: this port only speaks TLS.',
				},
				'port-25': {
					label: 'Port 25 instead',
					why: '25 is for relay between servers and often blocked outbound; 465 works once set right.',
				},
			},
		},
		'tls-label': {
			title: '"TLS" on the provider\'s page',
			situation:
				'The provider says "port 587, encryption TLS". Your mail client offers None, STARTTLS and SSL/TLS.',
			question: 'Which one do you pick?',
			choices: {
				'ssl-tls': {
					label: 'SSL/TLS: it has TLS in its name',
					why: 'In a client SSL/TLS means TLS from the first byte (465); on 587 it fails with "wrong version number".',
				},
				starttls: {
					label: 'STARTTLS',
					why: 'On 587, "TLS" means the STARTTLS upgrade: the same TLS, started after the greeting.',
				},
				none: {
					label: 'None: the TLS happens by itself',
					why: 'None means plain text: the password would travel unencrypted.',
				},
			},
		},
		'starttls-optional': {
			title: 'STARTTLS only "if available"',
			situation:
				'Your client uses 587 with "STARTTLS if available". On the hotel Wi-Fi mail still goes out, but the provider says that session was not encrypted.',
			question: 'What prevents this?',
			choices: {
				fine: {
					label: 'Nothing: the mail was delivered',
					why: 'Delivered in clear text, password included: whoever stripped STARTTLS could read it.',
				},
				'require-starttls': {
					label: 'Require STARTTLS (requireTLS: true; "STARTTLS", not "if available")',
					why: 'A client that requires TLS stops before the password when STARTTLS is missing, as this probe does.',
				},
				'port-25': {
					label: 'Use port 25',
					why: 'STARTTLS on 25 is optional by design: the same stripping works there.',
				},
				'longer-timeout': {
					label: 'A longer timeout',
					why: 'Nothing timed out: the offer was removed from the EHLO reply.',
				},
			},
		},
		'auth-before-tls': {
			title: 'Login offered before TLS',
			situation:
				'A server lists "AUTH PLAIN LOGIN" right after EHLO, before STARTTLS. Your script logs in at once, and it works.',
			question: 'Is that fine?',
			choices: {
				'fine-encoded': {
					label: 'Yes: AUTH PLAIN is encoded',
					why: 'Base64 is an encoding anyone can reverse, not encryption.',
				},
				'login-after-tls': {
					label: 'No: log in only after STARTTLS (require TLS)',
					why: 'Upgrade first, then log in; the server should not offer AUTH before TLS at all.',
				},
				'fine-offered': {
					label: 'Yes: the server offered it',
					why: "Offering it is the server's mistake; sending the password is the client's.",
				},
				'only-25': {
					label: 'Only a problem on port 25',
					why: 'On any port a password in clear text can be read on the way.',
				},
			},
		},
		'self-signed': {
			title: 'A self-signed certificate',
			situation:
				'The office has a new mail server. On port 465 your client warns "self signed certificate".',
			question: 'What is the safe fix?',
			choices: {
				'no-verify': {
					label: 'Turn verification off (rejectUnauthorized: false)',
					why: 'Then any machine in the middle can pose as the server and read the password.',
				},
				'trust-explicitly': {
					label: 'Trust that one certificate (--ca FILE, tls.ca), or get a CA-signed one',
					why: 'The check stays on and passes: the probe below trusts that one certificate and verifies it.',
				},
				'plain-587': {
					label: 'Use 587 without encryption',
					why: 'No certificate, no protection: worse than the warning.',
				},
				'port-2525': {
					label: 'Try port 2525',
					why: 'Same server, same certificate: the port is not the problem.',
				},
			},
		},
		'wrong-name': {
			title: 'The certificate names another host',
			situation:
				'Your client connects to mail.yourshop.test. The warning says the certificate is for *.shared-hosting.test, your web host.',
			question: 'What should you change?',
			choices: {
				'no-verify': {
					label: 'Turn off certificate checks',
					why: 'The name check proves you reached your server; without it anyone can answer.',
				},
				starttls: {
					label: 'Switch to STARTTLS',
					why: 'The other port sends the same certificate: the name still differs.',
				},
				'host-on-certificate': {
					label: 'The SMTP host: use a name that is on the certificate',
					why: 'smtp.shared-hosting.test matches *.shared-hosting.test: the check passes.',
				},
				'port-25': {
					label: 'Use port 25',
					why: 'Same certificate, and 25 is meant for servers anyway.',
				},
			},
		},
		expired: {
			title: 'Expired since this morning',
			situation:
				'Since this morning every client says "certificate has expired" on port 587. Yesterday it worked.',
			question: 'What is going on?',
			choices: {
				'port-changed': {
					label: 'The provider changed the port',
					why: 'The port answers and upgrades fine; the certificate dates are the problem.',
				},
				'password-expired': {
					label: 'Your password expired',
					why: 'It fails in TLS, before any login.',
				},
				renew: {
					label: 'The certificate expired: check your clock, then the server must renew it',
					why: 'With the local clock right, only the server admin can fix it by renewing.',
				},
				'no-verify': {
					label: 'Turn verification off until it is renewed',
					why: 'An expired certificate proves nothing any more: do not send the password.',
				},
			},
		},
		'missing-intermediate': {
			title: 'Thunderbird works, your app does not',
			situation:
				'Thunderbird sends fine, but your Node app says "unable to verify the first certificate" on port 465.',
			question: 'What is the cause?',
			choices: {
				'old-node': {
					label: 'Node is too old',
					why: 'A current Node fails the same way: the chain the server sends is incomplete.',
				},
				'send-chain': {
					label: 'The server leaves out its intermediate certificate: send the full chain',
					why: 'Some clients fetch the missing intermediate themselves, Node does not. With the full chain it verifies.',
				},
				'no-verify': {
					label: 'Set NODE_TLS_REJECT_UNAUTHORIZED=0',
					why: 'That turns off every certificate check in the whole process.',
				},
				'port-587': {
					label: 'Use 587 instead',
					why: 'The server sends the same chain there.',
				},
			},
		},
		'port-25-blocked': {
			title: 'Port 25 times out from the cloud',
			situation:
				'Your script on a new cloud server sends through your provider on port 25 and times out. From your laptop it works.',
			question: 'What is the most likely cause?',
			choices: {
				'server-down': {
					label: 'The mail server is down',
					why: 'It works from your laptop: the server is up.',
				},
				'use-submission': {
					label: 'The cloud blocks outbound 25: submit on 465 or 587',
					why: 'Most clouds block 25 outbound; 465 and 587 are the ports for apps anyway.',
				},
				'ssl-25': {
					label: 'Port 25 needs SSL',
					why: 'No reply at all is not an encryption problem.',
				},
				'wrong-password': {
					label: 'The password is wrong',
					why: 'No login happened: nothing answered.',
				},
			},
			standIn:
				'Stand-in: loopback cannot drop packets, so lab port 25 accepts and never answers. A real block times out while connecting. Either way: no reply.',
		},
		'fallback-2525': {
			title: 'The office network blocks 587',
			situation:
				"At home your app sends on 587. At the office 465 and 587 time out; the provider's page also lists 2525.",
			question: 'What do you try?',
			choices: {
				'longer-timeout': {
					label: '587 with a longer timeout',
					why: 'A blocked port stays blocked however long you wait.',
				},
				'port-25': {
					label: 'Port 25',
					why: '25 is for servers, and most networks block it.',
				},
				'starttls-2525': {
					label: '2525 with STARTTLS (required)',
					why: '2525 speaks like 587: plain text, then STARTTLS. The office lets it out.',
				},
				'ssl-2525': {
					label: '2525 with SSL/TLS',
					why: '2525 starts in plain text like 587: SSL/TLS fails with "wrong version number".',
				},
			},
			standIn:
				"Stand-in: the lab's 465 and 587 accept and never answer, which is how blocked ports look from inside (a real block times out while connecting).",
		},
		'rate-limited': {
			title: '421 after many checks',
			situation:
				'Your monitoring script checks the mail server every 10 seconds. Now it gets "421 4.7.0 too many connections".',
			question: 'What does it mean?',
			choices: {
				blocked: {
					label: 'The port is blocked: switch to 2525',
					why: 'A blocked port does not answer at all; this one answered 421.',
				},
				'rate-limited': {
					label: 'Rate-limited: connect less often and wait; the port is fine',
					why: '421 means "not now", not "never": inconclusive, not failed.',
				},
				certificate: {
					label: 'A certificate problem',
					why: 'The 421 came in the greeting, before any TLS.',
				},
				'retry-loop': {
					label: 'Retry at once until it works',
					why: 'Retrying in a loop keeps you rate-limited longer.',
				},
			},
		},
		'app-password': {
			title: 'The normal password is refused',
			situation:
				'You type your normal account password into the app. The server answers "534-5.7.9 Application-specific password required".',
			question: 'What fixes it?',
			choices: {
				'port-25': {
					label: 'Port 25',
					why: 'The port and TLS are fine: the login is what is refused.',
				},
				'less-secure-apps': {
					label: 'Turn on "less secure apps"',
					why: 'That switch is gone; app passwords and OAuth2 replaced it.',
				},
				'app-password': {
					label: 'Create an app password (2-step verification is on), or use OAuth2',
					why: 'The account wants a password made for this app, not your normal one.',
				},
				starttls: {
					label: 'Use STARTTLS instead of SSL/TLS',
					why: 'The encryption worked; the refusal is about the password.',
				},
			},
		},
		'myth-465': {
			title: 'A tutorial says 465 is old',
			situation:
				'A tutorial says port 465 is deprecated and 587 is always the most secure. Your provider offers both.',
			question: 'Which setting do you choose?',
			choices: {
				'starttls-optional': {
					label: '587 with STARTTLS "if available"',
					why: 'Optional STARTTLS can be stripped: the least safe of these.',
				},
				'ssl-465': {
					label: '465 with SSL/TLS (or 587 with STARTTLS required)',
					why: 'RFC 8314 (2018) registered 465 again for implicit TLS; with TLS required both are as safe.',
				},
				'none-587': {
					label: '587 without encryption',
					why: 'Plain text: never for a password.',
				},
				'port-25': {
					label: 'Port 25',
					why: 'For servers, not apps, and often blocked.',
				},
			},
		},
	},
} as const satisfies PracticeTexts;
