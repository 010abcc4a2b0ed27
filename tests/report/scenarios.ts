// Multi-port scenarios for the one Diagnosis (issue 10): each maps the displayed ports onto
// real loopback servers that each break one thing, and says what the run must conclude.
import type {PortSpec} from '../helpers/scenario-servers.js';
import type {OutcomeReason, RunOutcome} from '../../source/report/diagnosis.js';

/** One scenario: the servers behind 25/465/587/2525 (or a partial list) and the verdict on it. */
export type Scenario = {
	readonly name: string;
	readonly ports: Readonly<Partial<Record<number, PortSpec>>>;
	/** Probe as `--mode` (default auto). */
	readonly mode?: 'auto' | 'implicit-tls' | 'starttls' | 'none';
	/** Log in as this user on every safe port (`--user`): 'alice' knows the password. */
	readonly user?: {readonly name: string; readonly secret: string};
	/** A short greeting timeout (postscreen scenarios). */
	readonly greetingMs?: number;
	readonly expect: {
		readonly outcome: RunOutcome;
		readonly reason: OutcomeReason;
		/** The recommended port and encryption, or null for none. */
		readonly recommendation: {readonly port: number; readonly encryption: string} | null;
		/** Text the run's outputs must hold (any language-neutral fact). */
		readonly contains?: readonly string[];
		/** Text no output may hold. */
		readonly lacks?: readonly string[];
	};
};

const good = {alice: 'right-password'} as const;
const alice = {name: 'alice', secret: good.alice};
const mallory = {name: 'alice', secret: 'wrong-password'};

export const scenarios: readonly Scenario[] = [
	{
		name: 'every port works: implicit TLS on 465 first (RFC 8314)',
		ports: {25: 'starttls', 465: 'implicit', 587: 'starttls', 2525: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 465, encryption: 'implicit-tls'},
		},
	},
	{
		name: 'nothing listens anywhere: the network or a firewall',
		ports: {25: 'refused', 465: 'refused', 587: 'refused', 2525: 'refused'},
		expect: {
			outcome: 'fails',
			reason: 'network',
			recommendation: null,
			contains: ['your network or a firewall'],
			lacks: ['try 465', 'try 587'],
		},
	},
	{
		name: 'self-signed on 25 and 587, 465 and 2525 refused: a certificate story',
		ports: {25: 'starttls-selfsigned', 465: 'refused', 587: 'starttls-selfsigned', 2525: 'refused'},
		expect: {
			outcome: 'fails',
			reason: 'certificate',
			recommendation: null,
			contains: ['Judged milder on port 25', 'Judged stricter on port 587'],
			lacks: ['nothing listens on port 465 and'],
		},
	},
	{
		name: 'plain text on 465 without STARTTLS, the rest refused: plaintext, not server',
		ports: {25: 'refused', 465: 'plain-only', 587: 'refused', 2525: 'refused'},
		expect: {
			outcome: 'fails',
			reason: 'plaintext',
			recommendation: null,
			lacks: ['plain text + STARTTLS there'],
		},
	},
	{
		name: '--ports 587 only: never says 465 did not work',
		ports: {587: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
			contains: ['Port 465 was not tested in this run.'],
			lacks: ['465 did not work'],
		},
	},
	{
		name: '465 offers no login, 587 does: 587 is recommended',
		ports: {25: 'refused', 465: 'implicit-noauth', 587: 'starttls', 2525: 'refused'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
			contains: ['Port 465 works but offers no login.'],
		},
	},
	{
		name: '465 offers no login, 587 logs in with --user: works, logged in on 587',
		ports: {25: 'refused', 465: 'implicit-noauth', 587: 'starttls', 2525: 'refused'},
		user: alice,
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
			contains: ['logged in as alice ✓'],
		},
	},
	{
		name: 'both submission ports log in: 465 first between equals',
		ports: {465: 'implicit', 587: 'starttls'},
		user: alice,
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 465, encryption: 'implicit-tls'},
		},
	},
	{
		name: 'a wrong password on 465 and 587: the login failed on 465',
		ports: {465: 'implicit', 587: 'starttls'},
		user: mallory,
		expect: {
			outcome: 'fails',
			reason: 'login',
			recommendation: {port: 465, encryption: 'implicit-tls'},
			contains: ['Port 465 works, but the login failed'],
		},
	},
	{
		name: 'STARTTLS accepted, then the handshake aborted with an alert: certificate/TLS',
		ports: {25: 'refused', 465: 'refused', 587: 'starttls-alert', 2525: 'refused'},
		expect: {
			outcome: 'fails',
			reason: 'certificate',
			recommendation: null,
			contains: [
				'after it had accepted STARTTLS with TLS alert 80 (internal_error)',
				'Nothing on your side fixes it',
				'STARTTLS',
			],
			lacks: ['rec_layer', '.c:', 'use STARTTLS mode'],
		},
	},
	{
		name: 'a postscreen teaser on 587 and a short greeting timeout: the server, not the network',
		ports: {465: 'refused', 587: 'postscreen'},
		greetingMs: 700,
		expect: {
			outcome: 'fails',
			reason: 'server',
			recommendation: null,
			// Rule 6: "220-" arrived at once, so it is a greeting delay, never "no greeting".
			contains: ['Greeting delay (postscreen style)', '220-mx.postscreen.test ESMTP, hold on'],
			lacks: ['No greeting', 'sent no "220" greeting'],
		},
	},
	{
		name: '465 expired, 587 fine: 465 points at 587',
		ports: {25: 'starttls', 465: 'implicit-expired', 587: 'starttls', 2525: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
			contains: ['In this run, port 587 (STARTTLS) works: use that instead.'],
		},
	},
	{
		name: 'wrong name on 465 reached by IP: suggest the name on the certificate',
		ports: {465: 'implicit-wrongname', 587: 'refused'},
		expect: {
			outcome: 'fails',
			reason: 'certificate',
			recommendation: null,
			contains: ['type mail.other.test as the SMTP host'],
		},
	},
	{
		name: 'a leaf without its intermediate on 465: certificate',
		ports: {465: 'implicit-leaf-only', 587: 'refused'},
		expect: {outcome: 'fails', reason: 'certificate', recommendation: null},
	},
	{
		name: 'a 554 greeting everywhere: the server refused',
		ports: {25: 'greeting-554', 465: 'refused', 587: 'greeting-554', 2525: 'greeting-554'},
		expect: {outcome: 'fails', reason: 'server', recommendation: null},
	},
	{
		name: 'only 421 answers: inconclusive',
		ports: {465: 'rate-421', 587: 'rate-421'},
		expect: {outcome: 'inconclusive', reason: 'inconclusive', recommendation: null},
	},
	{
		name: '421 on 465, 587 fine: works on 587',
		ports: {465: 'rate-421', 587: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
		},
	},
	{
		name: 'something else answers on every port: the server',
		ports: {465: 'not-smtp', 587: 'not-smtp', 2525: 'not-smtp'},
		expect: {outcome: 'fails', reason: 'server', recommendation: null},
	},
	{
		name: 'relay-only run (--ports 25) with STARTTLS: port 25 for relay',
		ports: {25: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 25, encryption: 'starttls'},
			contains: ['this run probed no submission port'],
		},
	},
	{
		name: 'relay-only run, plain text: the last resort, flagged',
		ports: {25: 'plain-only'},
		expect: {outcome: 'works', reason: 'works', recommendation: {port: 25, encryption: 'none'}},
	},
	{
		name: '465 works, 587 plain without STARTTLS: 587 points at 465',
		ports: {465: 'implicit', 587: 'plain-only'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 465, encryption: 'implicit-tls'},
			contains: ['In this run, port 465 (SSL/TLS) works: use that instead.'],
		},
	},
	{
		name: 'login offered in clear on 587, the rest refused: plaintext',
		ports: {465: 'refused', 587: 'plain-auth', 2525: 'refused'},
		expect: {outcome: 'fails', reason: 'plaintext', recommendation: null},
	},
	{
		name: 'self-signed on 465, 554 on 587: each port its own reason',
		ports: {465: 'implicit-selfsigned', 587: 'greeting-554'},
		expect: {outcome: 'fails', reason: 'mixed', recommendation: null},
	},
	{
		name: 'only 2525 works: STARTTLS on 2525, and why not 465/587',
		ports: {465: 'refused', 587: 'refused', 2525: 'starttls'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 2525, encryption: 'starttls'},
			contains: ['Port 465 did not work from here.', 'Port 587 did not work from here.'],
		},
	},
	{
		name: '--ports 465,587 both refused: network, nothing said of 25 or 2525',
		ports: {465: 'refused', 587: 'refused'},
		expect: {outcome: 'fails', reason: 'network', recommendation: null, lacks: ['2525']},
	},
	{
		name: '587 expired, 465 fine: 465',
		ports: {465: 'implicit', 587: 'starttls-expired'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 465, encryption: 'implicit-tls'},
		},
	},
	{
		name: 'a tarpit on 465, 587 fine: 587',
		ports: {465: 'tarpit', 587: 'starttls'},
		greetingMs: 700,
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 587, encryption: 'starttls'},
		},
	},
	{
		name: 'plain text on every port: plaintext',
		ports: {25: 'plain-only', 465: 'plain-only', 587: 'plain-only', 2525: 'plain-only'},
		expect: {outcome: 'fails', reason: 'plaintext', recommendation: null},
	},
	{
		name: 'self-signed on both submission ports: certificate',
		ports: {465: 'implicit-selfsigned', 587: 'starttls-selfsigned'},
		expect: {outcome: 'fails', reason: 'certificate', recommendation: null},
	},
	{
		name: 'STARTTLS on 465 (the mix-up), 587 refused: it works, with STARTTLS on 465',
		ports: {465: 'starttls', 587: 'refused'},
		expect: {
			outcome: 'works',
			reason: 'works',
			recommendation: {port: 465, encryption: 'starttls'},
		},
	},
	{
		name: '--mode implicit-tls against STARTTLS ports: the wrong mode',
		ports: {465: 'refused', 587: 'starttls', 2525: 'starttls'},
		mode: 'implicit-tls',
		expect: {outcome: 'fails', reason: 'wrong-mode', recommendation: null},
	},
	{
		name: 'wrong name on 587, 465 refused, by IP: certificate, with the name to use',
		ports: {465: 'refused', 587: 'starttls-wrongname'},
		expect: {
			outcome: 'fails',
			reason: 'certificate',
			recommendation: null,
			contains: ['mail.other.test'],
		},
	},
	{
		name: 'a tarpit everywhere: the server keeps silent',
		ports: {465: 'tarpit', 587: 'tarpit'},
		greetingMs: 700,
		expect: {outcome: 'fails', reason: 'server', recommendation: null},
	},
];
