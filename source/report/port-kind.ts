// What kind of story a port's verdict tells, for the run's conclusion: it worked, the network
// never reached it, its certificate or TLS failed, it speaks only plain text, the client chose
// the wrong encryption for it, the server refused, or it could not be judged (421, cancelled).
import type {Verdict, VerdictCode} from '../engine/types.js';

/** The story of one finished port. */
export type PortKind =
	'works' | 'network' | 'certificate' | 'plaintext' | 'wrong-mode' | 'server' | 'inconclusive';

const kinds: Readonly<Partial<Record<VerdictCode, PortKind>>> = {
	'implicit-tls-ok': 'works',
	'starttls-ok': 'works',
	'plain-only': 'plaintext',
	'starttls-not-offered': 'plaintext',
	'auth-before-tls': 'plaintext',
	'starttls-optional': 'plaintext',
	'dns-nxdomain': 'network',
	'dns-no-address': 'network',
	'dns-unavailable': 'network',
	'network-unreachable': 'network',
	'host-unreachable': 'network',
	'connect-prohibited': 'network',
	'connection-refused': 'network',
	'connect-timeout': 'network',
	'connection-reset': 'network',
	'tls-handshake-failed': 'certificate',
	'tls-old-version': 'certificate',
	'cert-expired': 'certificate',
	'cert-not-yet-valid': 'certificate',
	'cert-hostname-mismatch': 'certificate',
	'cert-self-signed': 'certificate',
	'cert-untrusted': 'certificate',
	'tls-on-plaintext-port': 'wrong-mode',
	'plaintext-on-tls-port': 'wrong-mode',
	'rate-limited': 'inconclusive',
	cancelled: 'inconclusive',
};

/** Verdict codes added after this table was written still get a kind (engine facts issue). */
const laterKinds: Readonly<Record<string, PortKind>> = {
	'cert-chain-incomplete': 'certificate',
	'tls-alert': 'certificate',
	'greeting-delay': 'server',
};

/** The code that really ended a port (`not-offered-by-provider` wraps the original one). */
export function effectiveCode(verdict: Verdict): VerdictCode {
	if (verdict.code === 'not-offered-by-provider') {
		const original = verdict.params['original'];
		return typeof original === 'string' ? (original as VerdictCode) : verdict.code;
	}

	return verdict.code;
}

/** The story a finished port's verdict tells. */
export function portKind(verdict: Verdict): PortKind {
	const code = effectiveCode(verdict);
	return kinds[code] ?? laterKinds[code] ?? 'server';
}

/** True for the verdicts of a port where encryption works (a candidate for the recommendation). */
export function isWorking(verdict: Verdict): boolean {
	return portKind(verdict) === 'works' && verdict.code !== 'not-offered-by-provider';
}
