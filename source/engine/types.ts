// The probe engine's public contract. Plain, serialisable data only: no React, no chalk,
// no sockets. The UI, the headless CLI, the JSON output and the reports all read these types.

import type {ConnectionGate} from './connection-limiter.js';

/** How the client should talk to a port. `auto` finds out what the port really speaks. */
export type EncryptionMode = 'auto' | 'implicit-tls' | 'starttls' | 'none';

/** What a port was found to speak (`unknown` when the probe never got that far). */
export type DetectedEncryption = 'implicit-tls' | 'starttls' | 'none' | 'unknown';

/** The steps of one probe, in the order they can happen. `ehlo` may run twice (before and after STARTTLS). */
export type Phase =
	| 'resolve'
	| 'connect'
	| 'tls'
	| 'greeting'
	| 'ehlo'
	| 'helo'
	| 'starttls'
	| 'auth'
	| 'mail'
	| 'quit';

/** Severity of a verdict or finding. */
export type Severity = 'ok' | 'warn' | 'fail' | 'info';

/**
 * Stable verdict codes. Never rename one: scripts read them from `--json`, lessons and
 * translations are keyed by them. Add new codes at the end of their group.
 */
export const verdictCodes = [
	// Good outcomes
	'implicit-tls-ok',
	'starttls-ok',
	'plain-only',
	// Name resolution and network
	'dns-nxdomain',
	'dns-no-address',
	'dns-unavailable',
	'network-unreachable',
	'host-unreachable',
	'connect-prohibited',
	'connection-refused',
	'connect-timeout',
	'connection-reset',
	// Greeting and protocol
	'no-greeting',
	'greeting-delay',
	'greeting-slow',
	'not-smtp',
	'greeting-rejected',
	'ehlo-rejected',
	'rate-limited',
	'reply-too-large',
	'protocol-error',
	'command-timeout',
	// Encryption mix-ups and failures
	'tls-on-plaintext-port',
	'plaintext-on-tls-port',
	'starttls-not-offered',
	'starttls-refused',
	'tls-handshake-failed',
	'tls-old-version',
	'starttls-optional',
	// Certificates
	'cert-expired',
	'cert-not-yet-valid',
	'cert-hostname-mismatch',
	'cert-self-signed',
	'cert-untrusted',
	'cert-chain-incomplete',
	'cert-expiring-soon',
	// Authentication offer
	'auth-before-tls',
	'auth-not-offered',
	// Authentication result (filled in by the credentials step)
	'auth-ok',
	'auth-failed',
	'auth-app-password-required',
	'auth-disabled-for-tenant',
	'auth-requires-tls',
	'auth-skipped-unsafe',
	'auth-unsupported-mechanism',
	'auth-interrupted',
	'auth-plaintext-allowed',
	'auth-insecure-allowed',
	// Test message
	'send-ok',
	'send-refused',
	'send-sender-rejected',
	'send-relay-denied',
	'send-recipient-unknown',
	'send-too-large',
	'send-interrupted',
	// Run-level
	'cancelled',
	'not-offered-by-provider',
] as const;

/** One stable verdict code (see `verdictCodes`). */
export type VerdictCode = (typeof verdictCodes)[number];

/** Values a verdict's sentences are filled from (host names, codes, dates). Strings are already escaped. */
export type VerdictParams = Readonly<Record<string, string | number>>;

/**
 * A judgement about a port. The words are produced from `code` and `params` by
 * `source/i18n/verdicts/` (per language), so the engine stays free of presentation.
 */
export type Verdict = {
	readonly code: VerdictCode;
	readonly severity: Severity;
	readonly params: VerdictParams;
};

/** A direction in the transcript: client to server, server to client, or a note from the tool. */
export type TranscriptDirection = 'send' | 'receive' | 'note';

/** One transcript line. `text` is escaped (no control characters, no ANSI) and secrets are redacted at the source. */
export type TranscriptEntry = {
	readonly direction: TranscriptDirection;
	/** Milliseconds since the run started. */
	readonly atMs: number;
	/** True when the line travelled inside TLS. */
	readonly isEncrypted: boolean;
	readonly text: string;
	/** Which connection to this port (1, or 2 when auto mode retried with the other encryption). */
	readonly attempt: number;
};

/** A parsed SMTP reply (RFC 5321 §4.2, enhanced status codes RFC 3463). */
export type SmtpReply = {
	readonly code: number;
	/** Enhanced status code such as "5.7.8", when the server sent one. */
	readonly enhancedCode?: string;
	/** Text lines without the code, escaped. */
	readonly lines: readonly string[];
};

/** EHLO capabilities (RFC 5321 §4.1.1.1 and the extension RFCs). */
export type EhloCapabilities = {
	readonly raw: readonly string[];
	readonly size?: number;
	readonly pipelining: boolean;
	readonly eightBitMime: boolean;
	readonly smtpUtf8: boolean;
	readonly startTls: boolean;
	readonly authMechanisms: readonly string[];
	readonly enhancedStatusCodes: boolean;
	readonly chunking: boolean;
	readonly dsn: boolean;
	readonly requireTls: boolean;
};

/** Facts about a certificate, gathered even when it fails verification. */
export type CertificateFacts = {
	readonly subject: string;
	readonly subjectAltNames: readonly string[];
	readonly issuer: string;
	readonly validFrom: string;
	readonly validTo: string;
	/** Whole days until `validTo` (negative when expired), at probe time. */
	readonly daysLeft: number;
	readonly fingerprintSha256: string;
	readonly isSelfSigned: boolean;
	/**
	 * Length of the chain Node built (leaf first): what the server sent, plus the root from the
	 * trust store when Node found it there.
	 */
	readonly chainLength: number;
	/**
	 * How many certificates the server itself sent (leaf included), as far as Node lets us see:
	 * the chain without a trusted root at its end (servers rarely send their root). 1 on an
	 * untrusted chain means the leaf came alone (cert-chain-incomplete).
	 */
	readonly certsSent: number;
	/**
	 * The chain as received, leaf first (like `openssl s_client -showcerts`, without PEM):
	 * escaped subject, issuer and expiry of each certificate. Node completes a chain with the
	 * root from the trust store when it finds it there, so a trusted chain may end with it.
	 */
	readonly chain?: readonly ChainCertificate[];
};

/** One certificate of the chain the server presented. */
export type ChainCertificate = {
	readonly subject: string;
	readonly issuer: string;
	/** ISO 8601. */
	readonly validTo: string;
};

/** What the TLS handshake negotiated and how the certificate was judged. */
export type TlsFacts = {
	readonly protocol: string;
	readonly cipher: string;
	/** Server name sent in SNI and checked against the certificate. */
	readonly servername: string;
	readonly certificate?: CertificateFacts;
	readonly isTrusted: boolean;
	/** OpenSSL/Node code when the chain is not trusted, e.g. `SELF_SIGNED_CERT_IN_CHAIN`. */
	readonly trustError?: string;
	readonly isHostnameMatch: boolean;
	readonly handshakeMs: number;
};

/** Timing of one phase of one connection. */
export type PhaseTiming = {
	readonly phase: Phase;
	readonly attempt: number;
	/** Milliseconds since the run started. */
	readonly startMs: number;
	readonly durationMs: number;
	readonly isOk: boolean;
	/** Short escaped detail ("220 mx.example ESMTP", "TLSv1.3", "ECONNREFUSED"). */
	readonly detail?: string;
};

/** An address found for the host. */
export type ResolvedAddress = {
	readonly address: string;
	readonly family: 4 | 6;
};

/** Result of the credentials step on one port (issue: credentials). */
export type AuthResult = {
	readonly mechanism: string;
	readonly verdict: Verdict;
	readonly reply?: SmtpReply;
	/** Extra findings for the port, e.g. the red warning when AUTH ran unencrypted on request. */
	readonly findings?: readonly Verdict[];
	/** True when the connection broke (closed, timed out, aborted) during AUTH: do not send QUIT. */
	readonly isConnectionLost?: boolean;
};

/** Result of the optional test message on one port. */
export type SendResult = {
	readonly verdict: Verdict;
	readonly stage: 'mail' | 'rcpt' | 'data' | 'done';
	readonly reply?: SmtpReply;
	readonly queueId?: string;
	/** Message-ID of the composed test message, with angle brackets. */
	readonly messageId?: string;
	/** True when the connection broke (closed, timed out, aborted) while sending. */
	readonly isConnectionLost?: boolean;
};

/** Everything learned about one port. */
export type PortResult = {
	readonly port: number;
	readonly requestedMode: EncryptionMode;
	readonly encryption: DetectedEncryption;
	/** The one verdict that sums the port up. */
	readonly verdict: Verdict;
	/** Further findings (certificate expiring soon, AUTH offered before TLS, mix-up recognised, ...). */
	readonly findings: readonly Verdict[];
	readonly address?: string;
	readonly attempts: number;
	readonly phases: readonly PhaseTiming[];
	readonly greeting?: string;
	readonly capabilitiesBeforeTls?: EhloCapabilities;
	/** Capabilities that count: after TLS when TLS was used. */
	readonly capabilities?: EhloCapabilities;
	readonly tls?: TlsFacts;
	readonly auth?: AuthResult;
	readonly send?: SendResult;
	readonly transcript: readonly TranscriptEntry[];
	readonly totalMs: number;
};

/** What the IPv6 connect of one port did (engine/family-check.ts). */
export type FamilyOutcome = 'connected' | 'refused' | 'timeout' | 'unreachable';

/** One family check: the port, the IPv6 address tried, what happened, how long it took. */
export type FamilyCheck = {
	readonly port: number;
	readonly family: 6;
	readonly address: string;
	readonly outcome: FamilyOutcome;
	readonly errorCode?: string;
	readonly ms: number;
};

/** The result of a whole run. This is what `--json` prints (see README for the schema). */
export type RunResult = {
	readonly schemaVersion: 1;
	readonly host: string;
	readonly startedAt: string;
	readonly durationMs: number;
	readonly addresses: readonly ResolvedAddress[];
	readonly resolveVerdict?: Verdict;
	readonly ports: readonly PortResult[];
	readonly isCancelled: boolean;
	/**
	 * With IPv4 and IPv6 addresses (not loopback) and no -4/-6: one TCP connect per submission
	 * port to the first IPv6 address, to find a dead IPv6 route (engine/family-check.ts).
	 */
	readonly familyChecks?: readonly FamilyCheck[];
};

/** Events streamed by `probeHost`, in order, so a UI can render live. Kebab-case `type`. */
export type ProbeEvent =
	| {
			readonly type: 'run-started';
			readonly host: string;
			readonly ports: readonly number[];
			readonly mode: EncryptionMode;
			readonly startedAt: string;
	  }
	| {
			readonly type: 'resolve-finished';
			readonly addresses: readonly ResolvedAddress[];
			readonly durationMs: number;
			readonly verdict?: Verdict;
	  }
	| {
			readonly type: 'port-started';
			readonly port: number;
			readonly mode: EncryptionMode;
			readonly atMs: number;
	  }
	| {
			readonly type: 'phase-started';
			readonly port: number;
			readonly phase: Phase;
			readonly attempt: number;
			readonly atMs: number;
	  }
	| {readonly type: 'phase-finished'; readonly port: number; readonly timing: PhaseTiming}
	| {readonly type: 'transcript'; readonly port: number; readonly entry: TranscriptEntry}
	| {readonly type: 'tls-established'; readonly port: number; readonly tls: TlsFacts}
	| {
			readonly type: 'capabilities';
			readonly port: number;
			readonly capabilities: EhloCapabilities;
			readonly isEncrypted: boolean;
	  }
	| {readonly type: 'port-finished'; readonly port: number; readonly result: PortResult}
	| {readonly type: 'run-finished'; readonly result: RunResult};

/** Per-phase timeouts in milliseconds. */
export type Timeouts = {
	readonly connect: number;
	readonly greeting: number;
	readonly command: number;
	readonly tls: number;
};

export const defaultTimeouts: Timeouts = {
	connect: 5000,
	greeting: 10_000,
	command: 10_000,
	tls: 10_000,
};

/** Credentials for the optional AUTH step. The secret never leaves the engine's AUTH code. */
export type Credentials = {
	readonly user: string;
	/** Password, or the OAuth2 access token for XOAUTH2. */
	readonly secret: string;
	readonly mechanism?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
	/** Allow AUTH over a connection that is not encrypted (the user passed --allow-plaintext-auth). */
	readonly allowPlaintext?: boolean;
	/** Allow AUTH when the certificate failed verification (the user passed --insecure). */
	readonly allowInsecure?: boolean;
};

/** A test message to send through one port after AUTH (opt-in). */
export type TestMessage = {
	readonly from: string;
	readonly to: string;
	readonly subject: string;
	readonly text: string;
	/** Only this port sends; others just probe. */
	readonly port: number;
};

/**
 * What a port is for, which decides the auto-mode order and how a missing STARTTLS is judged:
 * `submissions` = implicit TLS first (465, RFC 8314); `submission` = plain then STARTTLS,
 * STARTTLS required (587, 2525 and unknown ports); `relay` = plain then opportunistic STARTTLS (25).
 */
export type PortRole = 'submissions' | 'submission' | 'relay';

/** Options of one run. */
export type ProbeOptions = {
	readonly ports: readonly number[];
	readonly mode: EncryptionMode;
	readonly timeouts: Timeouts;
	/**
	 * Name sent in EHLO/HELO (`--ehlo` overrides). `neutralEhloName` ('smtp-doctor.invalid',
	 * what `defaultEhloName` gives when the host name is not an FQDN) is replaced by the local
	 * socket address as an RFC 5321 address literal, e.g. "[127.0.0.1]" or "[IPv6:::1]".
	 */
	readonly ehloName: string;
	/** 0 = any address family. */
	readonly family: 0 | 4 | 6;
	/** Extra trusted CA certificates (PEM), added to Node's roots (NODE_EXTRA_CA_CERTS also applies). */
	readonly ca?: readonly string[];
	/** DNS server to resolve with, "IP" or "IP:PORT" (tests and discovery use a loopback server). */
	readonly dnsServer?: string;
	/** Name expected on the certificate when it differs from the connect host (lab, SRV target). */
	readonly servername?: string;
	readonly credentials?: Credentials;
	readonly testMessage?: TestMessage;
	/** Ports the provider does not offer: still probed, but a failure there is reported as info `not-offered-by-provider`, not as fail. */
	readonly notOfferedPorts?: readonly number[];
	/**
	 * Displayed port -> port actually connected to (the built-in lab serves 25/465/587/2525 from
	 * ephemeral loopback ports). Events, results and defaults use the displayed port.
	 */
	readonly portMap?: Readonly<Record<number, number>>;
	readonly signal?: AbortSignal;
	/**
	 * Asked for a slot before every TCP connect, keyed by IP address, and given it back when
	 * the socket is closed (a batch: `check --targets`, source/engine/connection-limiter.ts).
	 */
	readonly connectionGate?: ConnectionGate;
	/** Override the role of a port (tests and labs run servers on other ports). Default: 465 submissions, 25 relay, others submission. */
	readonly portRoles?: Readonly<Record<number, PortRole>>;
	/**
	 * Auto mode: when a plain connection has received no byte after this many ms, a TLS
	 * handshake is tried on a second connection in parallel (the port may be implicit TLS).
	 * Default 1500. The first connection keeps waiting for a banner up to the greeting timeout.
	 * Only on non-standard ports: on 25, 587 and 2525 (greeting-delay defences such as
	 * postscreen block clients that talk first) TLS is tried only after the greeting timeout,
	 * on a second connection opened after the first is closed.
	 */
	readonly plainSilenceMs?: number;
};

/**
 * One open SMTP connection as the AUTH and test-message steps see it. The engine owns the
 * socket, the timeouts and the transcript; these steps only exchange lines.
 */
export type SmtpChannel = {
	readonly isEncrypted: boolean;
	/** Certificate verification outcome when encrypted (AUTH refuses an untrusted one unless allowed). */
	readonly tls?: TlsFacts;
	/**
	 * Sends one command line (CRLF added). `redactAs` is what the transcript shows instead
	 * of the line, for anything carrying a secret: the secret never reaches the transcript.
	 */
	send(line: string, options?: {readonly redactAs?: string}): void;
	/** Sends raw bytes (the DATA payload); the transcript shows `summary` instead. */
	sendRaw(data: string, summary: string): void;
	/** Reads one complete (possibly multi-line) reply, bounded and timed by the engine. Rejects on timeout or close. */
	readReply(): Promise<SmtpReply>;
	/** Adds a note line to the transcript. */
	note(text: string): void;
};
