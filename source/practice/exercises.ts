// The practice exercises as data: which lab station plays the situation, the answers offered
// (their words are in texts.en.ts / texts.id.ts), the right one, and the real probes that show
// why: the setting as the user has it, then the right one. Each probe says what it must find;
// tests/practice runs every one against its station and asserts it.
import type {EncryptionMode, VerdictCode} from '../engine/types.js';
import type {StationId} from '../lab/stations.js';
import type {LessonId, MythId} from '../lessons/index.js';

/** Where a verdict is expected in a port's result. */
export type VerdictPlace = 'verdict' | 'finding' | 'auth';

/** A verdict a probe must find on one port. */
export type Expectation = {
	readonly port: number;
	readonly code: VerdictCode;
	/** Default 'verdict' (the port's main verdict). */
	readonly in?: VerdictPlace;
};

/**
 * One real probe of an exercise: `as-set` plays the setting the situation describes (what the
 * user's client does), `fix` the setting of the right answer.
 */
export type ProbeStep = {
	readonly role: 'as-set' | 'fix';
	readonly station: StationId;
	readonly ports: readonly number[];
	readonly mode: EncryptionMode;
	/** The name the client checks on the certificate (default: the lab's, smtp.lab.test). */
	readonly servername?: string;
	/** Log in with the practice login (a made-up address and password, redacted like any). */
	readonly isLogin?: boolean;
	/** Also trust the station's own server certificate (what --ca or tls.ca does). */
	readonly trustsServerCertificate?: boolean;
	readonly expect: readonly Expectation[];
};

/** One exercise. Choice ids are keys of the exercise's texts. */
export type Exercise = {
	readonly id: string;
	/** Every choice, in the order shown. */
	readonly choices: readonly string[];
	readonly answer: string;
	readonly steps: readonly ProbeStep[];
	/** The lesson one key away. */
	readonly lesson: LessonId;
	/** The myth this exercise corrects, when it touches one. */
	readonly myth?: MythId;
	/** The situation is played by a stand-in (a loopback port cannot drop packets): say so. */
	readonly isStandIn?: boolean;
};

/** Every exercise, in the order the practice runs them. */
export const exercises = [
	{
		id: 'ssl-on-587',
		choices: ['starttls-587', 'ssl-no-verify', 'none-587', 'ssl-25'],
		answer: 'starttls-587',
		steps: [
			{
				role: 'as-set',
				station: 'starttls-587',
				ports: [587],
				mode: 'implicit-tls',
				expect: [{port: 587, code: 'tls-on-plaintext-port'}],
			},
			{
				role: 'fix',
				station: 'starttls-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'starttls-ok'}],
			},
		],
		lesson: 'encryption-mixups',
		myth: 'ssl-tls-levels',
	},
	{
		id: 'starttls-on-465',
		choices: ['longer-timeout', 'ssl-465', 'none-465', 'port-25'],
		answer: 'ssl-465',
		steps: [
			{
				role: 'as-set',
				station: 'implicit-465',
				ports: [465],
				mode: 'starttls',
				expect: [{port: 465, code: 'plaintext-on-tls-port'}],
			},
			{
				role: 'fix',
				station: 'implicit-465',
				ports: [465],
				mode: 'implicit-tls',
				expect: [{port: 465, code: 'implicit-tls-ok'}],
			},
		],
		lesson: 'encryption-mixups',
		myth: 'ssl-tls-levels',
	},
	{
		id: 'tls-label',
		choices: ['ssl-tls', 'starttls', 'none'],
		answer: 'starttls',
		steps: [
			{
				role: 'as-set',
				station: 'starttls-587',
				ports: [587],
				mode: 'implicit-tls',
				expect: [{port: 587, code: 'tls-on-plaintext-port'}],
			},
			{
				role: 'fix',
				station: 'starttls-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'starttls-ok'}],
			},
		],
		lesson: 'ssl',
		myth: 'ssl-tls-levels',
	},
	{
		id: 'starttls-optional',
		choices: ['fine', 'require-starttls', 'port-25', 'longer-timeout'],
		answer: 'require-starttls',
		steps: [
			{
				role: 'as-set',
				station: 'stripped-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'starttls-not-offered'}],
			},
		],
		lesson: 'starttls',
		myth: 'port-587-most-secure',
	},
	{
		id: 'auth-before-tls',
		choices: ['fine-encoded', 'login-after-tls', 'fine-offered', 'only-25'],
		answer: 'login-after-tls',
		steps: [
			{
				role: 'as-set',
				station: 'auth-in-clear-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'auth-before-tls', in: 'finding'}],
			},
		],
		lesson: 'authentication',
	},
	{
		id: 'self-signed',
		choices: ['no-verify', 'trust-explicitly', 'plain-587', 'port-2525'],
		answer: 'trust-explicitly',
		steps: [
			{
				role: 'as-set',
				station: 'self-signed-465',
				ports: [465],
				mode: 'implicit-tls',
				expect: [{port: 465, code: 'cert-self-signed'}],
			},
			{
				role: 'fix',
				station: 'self-signed-465',
				ports: [465],
				mode: 'implicit-tls',
				trustsServerCertificate: true,
				expect: [{port: 465, code: 'implicit-tls-ok'}],
			},
		],
		lesson: 'certificates',
	},
	{
		id: 'wrong-name',
		choices: ['no-verify', 'starttls', 'host-on-certificate', 'port-25'],
		answer: 'host-on-certificate',
		steps: [
			{
				role: 'as-set',
				station: 'shared-host-465',
				ports: [465],
				mode: 'implicit-tls',
				servername: 'mail.yourshop.test',
				expect: [{port: 465, code: 'cert-hostname-mismatch'}],
			},
			{
				role: 'fix',
				station: 'shared-host-465',
				ports: [465],
				mode: 'implicit-tls',
				servername: 'smtp.shared-hosting.test',
				expect: [{port: 465, code: 'implicit-tls-ok'}],
			},
		],
		lesson: 'certificates',
	},
	{
		id: 'expired',
		choices: ['port-changed', 'password-expired', 'renew', 'no-verify'],
		answer: 'renew',
		steps: [
			{
				role: 'as-set',
				station: 'expired-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'cert-expired'}],
			},
		],
		lesson: 'certificates',
	},
	{
		id: 'missing-intermediate',
		choices: ['old-node', 'send-chain', 'no-verify', 'port-587'],
		answer: 'send-chain',
		steps: [
			{
				role: 'as-set',
				station: 'missing-intermediate-465',
				ports: [465],
				mode: 'implicit-tls',
				expect: [{port: 465, code: 'cert-chain-incomplete'}],
			},
			{
				role: 'fix',
				station: 'full-chain-465',
				ports: [465],
				mode: 'implicit-tls',
				expect: [{port: 465, code: 'implicit-tls-ok'}],
			},
		],
		lesson: 'certificates',
	},
	{
		id: 'port-25-blocked',
		choices: ['server-down', 'use-submission', 'ssl-25', 'wrong-password'],
		answer: 'use-submission',
		steps: [
			{
				role: 'as-set',
				station: 'outbound-25-blocked',
				ports: [25],
				mode: 'auto',
				expect: [{port: 25, code: 'no-greeting'}],
			},
			{
				role: 'fix',
				station: 'outbound-25-blocked',
				ports: [465, 587],
				mode: 'auto',
				expect: [
					{port: 465, code: 'implicit-tls-ok'},
					{port: 587, code: 'starttls-ok'},
				],
			},
		],
		lesson: 'port-25',
		myth: 'port-25-test',
		isStandIn: true,
	},
	{
		id: 'fallback-2525',
		choices: ['longer-timeout', 'port-25', 'starttls-2525', 'ssl-2525'],
		answer: 'starttls-2525',
		steps: [
			{
				role: 'as-set',
				station: 'office-network',
				ports: [465, 587],
				mode: 'auto',
				expect: [
					{port: 465, code: 'no-greeting'},
					{port: 587, code: 'no-greeting'},
				],
			},
			{
				role: 'fix',
				station: 'office-network',
				ports: [2525],
				mode: 'starttls',
				expect: [{port: 2525, code: 'starttls-ok'}],
			},
		],
		lesson: 'port-2525',
		myth: 'port-2525-tls',
		isStandIn: true,
	},
	{
		id: 'rate-limited',
		choices: ['blocked', 'rate-limited', 'certificate', 'retry-loop'],
		answer: 'rate-limited',
		steps: [
			{
				role: 'as-set',
				station: 'rate-limit-587',
				ports: [587],
				mode: 'starttls',
				expect: [{port: 587, code: 'rate-limited'}],
			},
		],
		lesson: 'rate-limiting',
	},
	{
		id: 'app-password',
		choices: ['port-25', 'less-secure-apps', 'app-password', 'starttls'],
		answer: 'app-password',
		steps: [
			{
				role: 'as-set',
				station: 'app-password-465',
				ports: [465],
				mode: 'implicit-tls',
				isLogin: true,
				expect: [
					{port: 465, code: 'implicit-tls-ok'},
					{port: 465, code: 'auth-app-password-required', in: 'auth'},
				],
			},
		],
		lesson: 'login-errors',
	},
	{
		id: 'myth-465',
		choices: ['starttls-optional', 'ssl-465', 'none-587', 'port-25'],
		answer: 'ssl-465',
		steps: [
			{
				role: 'as-set',
				station: 'provider-465-587',
				ports: [465, 587],
				mode: 'auto',
				expect: [
					{port: 465, code: 'implicit-tls-ok'},
					{port: 587, code: 'starttls-ok'},
				],
			},
		],
		lesson: 'port-465',
		myth: 'port-465-deprecated',
	},
] as const satisfies readonly Exercise[];

/** An exercise id. */
export type ExerciseId = (typeof exercises)[number]['id'];

/** Every exercise id, in order. */
export const exerciseIds: readonly ExerciseId[] = exercises.map((exercise) => exercise.id);
