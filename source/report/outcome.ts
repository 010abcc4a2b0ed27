// What a finished run amounts to, decided once for every front end: the exit code, the JSON
// `outcome` field and the closing summary all read `runOutcome`, so they cannot disagree.
//
//   works         the recommended setting works (and, with --user, the login there succeeded,
//                 and the requested test message went out)
//   fails         nothing works, or it works but the login / test message failed
//   inconclusive  nothing failed, but some port could not be judged (421 rate-limited, cancelled)
import type {PortResult, RunResult, TestMessage, Verdict, VerdictCode} from '../engine/types.js';

/** The three answers a run can give (JSON `outcome`, exit codes 0 / 1 / 3). */
export type RunOutcome = 'works' | 'fails' | 'inconclusive';

/**
 * Why nothing worked, from what actually happened on every port:
 * `network` (all refused / timed out / unreachable / DNS), `certificate` (TLS or certificate
 * problems), `plaintext` (SMTP works but only unencrypted: never recommended for submission), `server` (the server refused: 554 greeting, EHLO refused, not SMTP, ...),
 * `inconclusive` (rate-limited or cancelled only), `mixed` (different reasons per port),
 * `login` (a port works but the login failed), `send` (login ok, the test message was refused).
 */
export type OutcomeReason =
	| 'works'
	| 'dns'
	| 'network'
	| 'certificate'
	| 'plaintext'
	| 'server'
	| 'inconclusive'
	| 'cancelled'
	| 'mixed'
	| 'login'
	| 'send';

/** What the run was asked to do beyond probing: log in (`--user`), send a test message (`--send-to`). */
export type OutcomeContext = {
	/** The user name given with `--user` (not a secret; the password never comes here). */
	readonly user?: string;
	/** The confirmed test message (what the plain output and the report show). */
	readonly testMessage?: Pick<TestMessage, 'from' | 'to' | 'subject' | 'port'>;
};

/** The run's outcome with the reason and, for login/send, the verdict that decided it. */
export type OutcomeDetails = {
	readonly outcome: RunOutcome;
	readonly reason: OutcomeReason;
	/** The AUTH or send verdict behind a `login` / `send` reason (undefined when it never ran). */
	readonly verdict?: Verdict;
	/** The port it is about (recommended port for login, the send port for send). */
	readonly port?: number;
};

const networkCodes: ReadonlySet<VerdictCode> = new Set<VerdictCode>([
	'dns-nxdomain',
	'dns-no-address',
	'dns-unavailable',
	'network-unreachable',
	'host-unreachable',
	'connection-refused',
	'connect-timeout',
	'connection-reset',
]);

const certificateCodes: ReadonlySet<VerdictCode> = new Set<VerdictCode>([
	'tls-handshake-failed',
	'tls-old-version',
	'cert-expired',
	'cert-not-yet-valid',
	'cert-hostname-mismatch',
	'cert-self-signed',
	'cert-untrusted',
]);

const inconclusiveCodes: ReadonlySet<VerdictCode> = new Set<VerdictCode>([
	'rate-limited',
	'cancelled',
]);

type PortKind = 'network' | 'certificate' | 'plaintext' | 'server' | 'inconclusive';

/** The code that really ended a port (`not-offered-by-provider` wraps the original one). */
function effectiveCode(port: PortResult): VerdictCode {
	const {verdict} = port;
	if (verdict.code === 'not-offered-by-provider') {
		const original = verdict.params['original'];
		return typeof original === 'string' ? (original as VerdictCode) : verdict.code;
	}

	return verdict.code;
}

function portKind(port: PortResult): PortKind {
	const code = effectiveCode(port);
	if (inconclusiveCodes.has(code)) {
		return 'inconclusive';
	}

	if (networkCodes.has(code)) {
		return 'network';
	}

	if (code === 'plain-only') {
		return 'plaintext';
	}

	return certificateCodes.has(code) ? 'certificate' : 'server';
}

/** Decides what a finished run amounts to (see the file comment). */
export function runOutcome(result: RunResult, context: OutcomeContext = {}): OutcomeDetails {
	if (result.isCancelled) {
		return {outcome: 'inconclusive', reason: 'cancelled'};
	}

	if (result.recommendation) {
		if (context.user !== undefined) {
			const port = result.ports.find((candidate) => candidate.port === result.recommendation?.port);
			const auth = port?.auth?.verdict;
			if (auth?.code !== 'auth-ok') {
				return {
					outcome: 'fails',
					reason: 'login',
					port: result.recommendation.port,
					...(auth ? {verdict: auth} : {}),
				};
			}
		}

		const sendPortNumber = context.testMessage?.port;
		if (sendPortNumber !== undefined) {
			const sendPort = result.ports.find((port) => port.port === sendPortNumber);
			const send = sendPort?.send?.verdict;
			if (send?.code !== 'send-ok') {
				const auth = sendPort?.auth?.verdict;
				const isLogin = auth?.code !== 'auth-ok';
				const verdict = isLogin ? auth : send;
				return {
					outcome: 'fails',
					reason: isLogin ? 'login' : 'send',
					port: sendPortNumber,
					...(verdict ? {verdict} : {}),
				};
			}
		}

		return {outcome: 'works', reason: 'works'};
	}

	if (result.resolveVerdict) {
		return {outcome: 'fails', reason: 'dns'};
	}

	const kinds = new Set(result.ports.map((port) => portKind(port)));
	if (kinds.size === 0) {
		return {outcome: 'fails', reason: 'mixed'};
	}

	if (kinds.size === 1 && kinds.has('inconclusive')) {
		return {outcome: 'inconclusive', reason: 'inconclusive'};
	}

	// A rate-limited port next to failed ones: the failures decide the advice.
	kinds.delete('inconclusive');
	// SMTP answered somewhere, only without encryption: that is the finding, whatever the
	// other ports did.
	if (kinds.has('plaintext')) {
		return {outcome: 'fails', reason: 'plaintext'};
	}

	if (kinds.size > 1) {
		return {outcome: 'fails', reason: 'mixed'};
	}

	const [kind] = kinds;
	return {outcome: 'fails', reason: kind === 'inconclusive' ? 'inconclusive' : kind!};
}
