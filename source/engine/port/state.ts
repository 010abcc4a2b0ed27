// The state of one port probe, shared by its steps (net-steps, dialogue, login, strategy):
// what was found so far, the open sockets to release, and the record.
import type {SmtpConnection} from '../connection.js';
import type {Redactor} from '../redact.js';
import type {judgeTls} from '../tls-facts.js';
import type {
	AuthResult,
	DetectedEncryption,
	EhloCapabilities,
	EncryptionMode,
	PortRole,
	SendResult,
	TlsFacts,
	Verdict,
} from '../types.js';
import {makeVerdict} from '../verdict.js';
import {type PortProbeContext, Stop} from './context.js';
import type {Recorder} from './recorder.js';

/** What the probe of one port has found so far (it becomes the PortResult). */
export type Found = {
	readonly findings: Verdict[];
	attempts: number;
	address: string | undefined;
	greeting: string | undefined;
	capabilitiesBeforeTls: EhloCapabilities | undefined;
	capabilities: EhloCapabilities | undefined;
	tls: TlsFacts | undefined;
	tlsJudgement: ReturnType<typeof judgeTls> | undefined;
	auth: AuthResult | undefined;
	send: SendResult | undefined;
	encryption: DetectedEncryption;
	/** What a silent port answered to the TLS check when that was neither TLS nor SMTP. */
	silentPortAnswer: string | undefined;
};

/** One port probe in progress. */
export type Probe = {
	readonly context: PortProbeContext;
	readonly role: PortRole;
	readonly mode: EncryptionMode;
	readonly found: Found;
	readonly rec: Recorder;
	/** Scrubs the AUTH secret (and its encoded forms) from every transcript line. */
	readonly redact: Redactor;
	readonly connections: Set<SmtpConnection>;
	/** Sockets not yet owned by a connection (during an implicit-TLS handshake). */
	readonly resources: Set<{destroy(): unknown}>;
	/** Local address of each attempt's TCP connection, for the EHLO address literal. */
	readonly localAddresses: Map<number, string>;
};

export function emptyFound(): Found {
	return {
		findings: [],
		attempts: 0,
		address: undefined,
		greeting: undefined,
		capabilitiesBeforeTls: undefined,
		capabilities: undefined,
		tls: undefined,
		tlsJudgement: undefined,
		auth: undefined,
		send: undefined,
		encryption: 'unknown',
		silentPortAnswer: undefined,
	};
}

/** Ends the port's probe with this verdict. */
export function stop(verdict: Verdict): never {
	throw new Stop(verdict);
}

export function checkAborted(probe: Probe, signal: AbortSignal = probe.context.signal) {
	if (signal.aborted) {
		stop(makeVerdict('cancelled', {port: probe.context.port}));
	}
}

export function timeoutsOf(probe: Probe) {
	return probe.context.options.timeouts;
}
