// The shapes of the error decoder: the knowledge (patterns that recognise a client, patterns
// that point at causes, each with a weight), and what `explainText` answers.
import type {Lang} from '../config/lang.js';

/**
 * Stable cause codes. Never rename one: `--json` carries them and the texts are keyed by them.
 * The same list as the recorder's (tests/clients/harness/record.ts); a test keeps them equal.
 */
export const causeCodes = [
	'tls-on-starttls-port',
	'plaintext-on-tls-port',
	'starttls-not-used',
	'cert-untrusted',
	'cert-name-mismatch',
	'cert-expired',
	'auth-failed',
	'auth-app-password',
	'auth-disabled-tenant',
	'port-blocked',
	'connection-refused',
	'dns-failure',
	'relay-denied',
	'tls-old-version',
	'rate-limited',
] as const;

/** One stable cause code. */
export type CauseCode = (typeof causeCodes)[number];

/** How sure the decoder is, in words (from the score, or from the probe). */
export type Confidence = 'high' | 'medium' | 'low';

/** A cause a text points at, and how strongly (0 < weight < 1; several hits add up). */
export type CauseWeight = {
	readonly code: CauseCode;
	readonly weight: number;
};

/**
 * One regular expression over the pasted text (after redaction and normalisation, at most the
 * window `explainText` reads). Linear-time safe: no nested quantifiers, every gap bounded.
 */
export type TextPattern = {
	/** Stable id, for tests and the benchmark. */
	readonly id: string;
	readonly regex: RegExp;
};

/** A text shape that says which client printed it. The highest weight wins. */
export type ClientPattern = TextPattern & {
	readonly client: string;
	readonly weight: number;
};

/** A text that points at causes (ranked by weight), and perhaps away from others. */
export type CausePattern = TextPattern & {
	readonly causes: readonly CauseWeight[];
	/** Causes this text argues against: their score is multiplied by `weight`. */
	readonly against?: readonly CauseWeight[];
	/** Counts only when the text also names one of these ports ("...:465" with a timeout). */
	readonly ports?: readonly number[];
	/** Counts only when the client was recognised as one of these. */
	readonly clients?: readonly string[];
};

/** What the probe looks at to prove or refute a cause (see confirm.ts). */
export type ProbeCheck =
	| 'speaks-plain-first'
	| 'speaks-tls-first'
	| 'login-after-starttls'
	| 'cert-trusted'
	| 'cert-name'
	| 'cert-dates'
	| 'tls-version'
	| 'connects'
	| 'refuses'
	| 'resolves'
	| 'rate-limit'
	| 'needs-login';

/** Facts about a cause apart from its words. */
export type CauseDefinition = {
	readonly code: CauseCode;
	readonly check: ProbeCheck;
	/** Ports the probe looks at when the text names none. */
	readonly ports: readonly number[];
	/** The fix uses the client's words for the two encryptions (labels). */
	readonly isEncryptionFix?: boolean;
};

/** One likely cause, in the chosen language, best first in `Explanation.causes`. */
export type ExplainedCause = {
	readonly code: CauseCode;
	readonly title: string;
	readonly why: string;
	/** What to change, in the recognised client's own option names when there is one. */
	readonly fix: string;
	readonly confidence: Confidence;
	/** 0 to 1: how strongly the text points here (ranking only; not a probability). */
	readonly score: number;
	/** true/false once a probe proved or refuted it; null when not probed or a probe cannot tell. */
	readonly confirmed: boolean | null;
	/** The probe's sentence ("port 587 speaks STARTTLS, not SSL/TLS"); absent before a probe. */
	readonly proof?: string;
	/** The pasted lines that matched, redacted and escaped, clipped. */
	readonly evidence: readonly string[];
};

/** What the decoder says about one pasted text. */
export type Explanation = {
	readonly schemaVersion: 1;
	readonly lang: Lang;
	/** The client the text probably came from (an id: `nodemailer`, `phpmailer`...), or null. */
	readonly client: string | null;
	/** Its display name, or null. */
	readonly clientName: string | null;
	readonly causes: readonly ExplainedCause[];
	/** Ports the text names ("...:587", "port: 465"), in order of appearance. */
	readonly ports: readonly number[];
	/** How to get a clearer message out of this client (its debug option), when known. */
	readonly hint?: string;
	/** The text was longer than the part the decoder reads. */
	readonly isClipped: boolean;
	/** Set once `confirmCauses` ran: the host and the ports the probe looked at. */
	readonly probe?: {readonly host: string; readonly ports: readonly number[]};
};
