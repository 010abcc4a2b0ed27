// What one port probe is given, and the few types its steps share.
import type {SmtpConnection} from '../connection.js';
import type {PortRole, ProbeEvent, ProbeOptions, Verdict} from '../types.js';

/** Default silence before auto mode also tries TLS on a second connection. */
export const defaultPlainSilenceMs = 1500;

/** Transcript entries kept per port; a rude server must not grow the JSON without bound. */
export const maxTranscriptEntries = 500;

/** A greeting that takes longer than this is a risk for clients with short timeouts (greeting-slow). */
export const slowGreetingMs = 3000;

/** The role a port has unless `portRoles` says otherwise. */
export function defaultPortRole(port: number): PortRole {
	if (port === 465) {
		return 'submissions';
	}

	return port === 25 ? 'relay' : 'submission';
}

/** Everything one port probe needs from the run. */
export type PortProbeContext = {
	readonly host: string;
	readonly port: number;
	/**
	 * Addresses to connect to, in order of preference: IPv4 first, then IPv6 (only one family
	 * with -4 / -6). A refused or unreachable address moves on to the next one.
	 */
	readonly addresses: readonly string[];
	readonly options: ProbeOptions;
	/** `nowMs()` at run start: all `atMs` values count from it. */
	readonly runStart: number;
	readonly signal: AbortSignal;
	readonly emit: (event: ProbeEvent) => void;
};

/** Ends the probe of a port with a verdict (control flow inside the port probe only). */
export class Stop extends Error {
	readonly verdict: Verdict;

	constructor(verdict: Verdict) {
		super(verdict.code);
		this.verdict = verdict;
	}
}

/** How opening an implicit-TLS connection ended. */
export type ImplicitTlsOutcome =
	| {readonly kind: 'ok'; readonly conn: SmtpConnection}
	| {readonly kind: 'connect-failed'; readonly verdict: Verdict}
	| {
			readonly kind: 'tls-failed';
			readonly reason: string;
			readonly errorCode?: string;
			readonly alert?: number;
			readonly isTimeout: boolean;
			readonly firstBytes: Uint8Array;
	  }
	| {readonly kind: 'cancelled'};

/** Ends a timed phase: ok or not, with an optional detail (our words or sanitised server text). */
export type PhaseEnd = (isOk: boolean, detail?: string) => void;
