// Gathers what a TLS handshake negotiated and judges the certificate. We always connect with
// rejectUnauthorized: false so the facts can be shown even for a bad certificate, and then
// judge it here: a bad certificate is never accepted silently, it becomes the port's verdict.
import {isIP} from 'node:net';
import {domainToASCII} from 'node:url';
import {readFileSync} from 'node:fs';
import tls from 'node:tls';
import {sanitizeText} from './sanitize.js';
import type {CertificateFacts, ChainCertificate, TlsFacts, Verdict} from './types.js';
import {makeVerdict} from './verdict.js';

/** A certificate expiring within this many days gets a `cert-expiring-soon` warning. */
export const expiringSoonDays = 14;

const dayMs = 86_400_000;

/**
 * Client TLS settings for a probe: one handshake, no cipher sweep. TLS 1.0/1.1 are allowed
 * (at OpenSSL security level 0) only so an old server can be recognised and flagged
 * (`tls-old-version`, RFC 8996) instead of failing with an opaque handshake error.
 */
export function clientTlsOptions(
	servername: string | undefined,
	ca: readonly string[] | undefined,
) {
	const base = {
		rejectUnauthorized: false,
		minVersion: 'TLSv1' as const,
		ciphers: `${tls.DEFAULT_CIPHERS}:@SECLEVEL=0`,
	};
	return {
		...base,
		...(servername ? {servername} : {}),
		secureContext: sharedSecureContext(base, ca ?? []),
		// We judge the name ourselves (collectTlsFacts, against the right name). Node's own check
		// at the handshake runs against "localhost" here (the socket is a stream without a host),
		// so it only cost time: a getPeerCertificate, and the first use of Node's IPv6 expression.
		checkServerIdentity: () => undefined,
	};
}

/**
 * Builds the trust store now, so the first handshake does not (parsing Node's roots costs
 * ~25 ms of blocked event loop): the run calls it once its connects or DNS are on their way.
 */
export function prepareTrustStore(ca: readonly string[] | undefined): void {
	clientTlsOptions(undefined, ca);
}

const secureContexts = new Map<string, tls.SecureContext>();

/**
 * One context per trust store: with `ca`, every handshake would otherwise parse Node's ~150
 * root certificates again (megabytes and milliseconds per connection, four ports at once).
 */
function sharedSecureContext(
	base: {readonly minVersion: tls.SecureVersion; readonly ciphers: string},
	ca: readonly string[],
): tls.SecureContext {
	const key = ca.join('\n');
	let context = secureContexts.get(key);
	if (!context) {
		context = createContext(base, ca);
		if (secureContexts.size >= 4) {
			secureContexts.clear();
		}

		secureContexts.set(key, context);
	}

	return context;
}

/**
 * Node's default store (its roots, parsed once per process) with the extra CAs added to this
 * context's copy of it, so the ~140 roots are not parsed again. That copy holds Node's bundled
 * roots but not NODE_EXTRA_CA_CERTS, so those are added back. Where the native context has no
 * addCACert (a future Node), the store is built from PEM text as before.
 */
function createContext(
	base: {readonly minVersion: tls.SecureVersion; readonly ciphers: string},
	ca: readonly string[],
): tls.SecureContext {
	if (ca.length === 0) {
		return tls.createSecureContext(base);
	}

	const context = tls.createSecureContext(base);
	const native = (context as unknown as {context?: {addCACert?: (pem: string) => void}}).context;
	if (typeof native?.addCACert !== 'function') {
		return tls.createSecureContext({...base, ca: trustStore(ca)});
	}

	for (const pem of [...extraCaCertificates(), ...ca]) {
		native.addCACert(pem);
	}

	return context;
}

function extraCaCertificates(): string[] {
	const extraFile = process.env['NODE_EXTRA_CA_CERTS'];
	if (!extraFile) {
		return [];
	}

	try {
		return [readFileSync(extraFile, 'utf8')];
	} catch {
		// Node itself warns once about an unreadable NODE_EXTRA_CA_CERTS; nothing to add.
		return [];
	}
}

/**
 * Node's roots, NODE_EXTRA_CA_CERTS and the user's `--ca` certificates. Passing `ca` replaces
 * Node's default store (which already holds NODE_EXTRA_CA_CERTS), so both are added back here.
 */
export function trustStore(ca: readonly string[]): string[] {
	const extra: string[] = [];
	const extraFile = process.env['NODE_EXTRA_CA_CERTS'];
	if (extraFile) {
		try {
			extra.push(readFileSync(extraFile, 'utf8'));
		} catch {
			// Node itself warns once about an unreadable NODE_EXTRA_CA_CERTS; nothing to add.
		}
	}

	return [...tls.rootCertificates, ...extra, ...ca];
}

/** The name sent as SNI: never for IP literals (RFC 6066 §3). */
export function sniName(host: string, servername: string | undefined): string | undefined {
	const name = certificateName(host, servername);
	return isIP(name) === 0 ? name : undefined;
}

/** The name the certificate must match: `servername` or the host, without a trailing dot, IDN in punycode. */
export function certificateName(host: string, servername: string | undefined): string {
	const name = (servername ?? host).replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');
	return isIP(name) === 0 ? domainToASCII(name) || name : name;
}

function formatName(
	name: Readonly<Record<string, string | string[] | undefined>> | undefined,
): string {
	if (!name) {
		return '';
	}

	const parts: string[] = [];
	for (const [key, value] of Object.entries(name)) {
		for (const item of Array.isArray(value) ? value : [value ?? '']) {
			parts.push(`${key}=${item}`);
		}
	}

	return sanitizeText(parts.join(', '), {maxLength: 300});
}

/** ISO 8601 form of an OpenSSL date ("Nov 28 04:35:08 2027 GMT"); the escaped original if unparsable. */
function isoDate(text: string): string {
	const time = Date.parse(text);
	return Number.isNaN(time) ? sanitizeText(text, {maxLength: 60}) : new Date(time).toISOString();
}

/** Chains longer than this are cut in the result (real ones have 2-4 certificates). */
const maxChainEntries = 10;

function certificateFacts(peer: tls.DetailedPeerCertificate, now: number): CertificateFacts {
	const seen = new Set<string>();
	let chainLength = 0;
	let current: tls.DetailedPeerCertificate | undefined = peer;
	let isSelfSigned = false;
	const chain: ChainCertificate[] = [];
	while (current && Object.keys(current).length > 0 && !seen.has(current.fingerprint256)) {
		seen.add(current.fingerprint256);
		chainLength++;
		if (chain.length < maxChainEntries) {
			chain.push({
				subject: formatName(current.subject),
				issuer: formatName(current.issuer),
				validTo: isoDate(current.valid_to),
			});
		}

		const issuer: tls.DetailedPeerCertificate | undefined = current.issuerCertificate;
		if (
			chainLength === 1 &&
			(issuer === current ||
				issuer?.fingerprint256 === current.fingerprint256 ||
				// Unverified self-signed leaves come with an empty issuerCertificate.
				((!issuer || Object.keys(issuer).length === 0) &&
					JSON.stringify(current.subject) === JSON.stringify(current.issuer)))
		) {
			isSelfSigned = true;
		}

		current = issuer;
	}

	const validTo = Date.parse(peer.valid_to);
	return {
		subject: formatName(peer.subject),
		subjectAltNames: (peer.subjectaltname ?? '')
			.split(', ')
			.filter(Boolean)
			.map((name) => sanitizeText(name, {maxLength: 200}))
			.slice(0, 50),
		issuer: formatName(peer.issuer),
		validFrom: isoDate(peer.valid_from),
		validTo: isoDate(peer.valid_to),
		daysLeft: Number.isNaN(validTo) ? 0 : Math.trunc((validTo - now) / dayMs) || 0,
		fingerprintSha256: peer.fingerprint256,
		isSelfSigned,
		chainLength,
		// Until trust is known (collectTlsFacts): every certificate of the chain.
		certsSent: chainLength,
		chain,
	};
}

/** Reads the negotiated protocol, cipher and certificate from a connected socket and checks trust and host name. */
export function collectTlsFacts(
	socket: tls.TLSSocket,
	options: {
		readonly checkName: string;
		readonly servername: string | undefined;
		readonly handshakeMs: number;
		readonly now?: number;
	},
): TlsFacts {
	const peer = socket.getPeerCertificate(true);
	const hasCertificate = Object.keys(peer).length > 0;
	const certificate = hasCertificate
		? certificateFacts(peer, options.now ?? Date.now())
		: undefined;
	const identityError = hasCertificate
		? tls.checkServerIdentity(options.checkName, peer)
		: undefined;
	const authorizationError = socket.authorizationError as unknown;
	const rawTrustError =
		authorizationError === undefined || authorizationError === null
			? undefined
			: String(
					typeof authorizationError === 'object' && 'code' in authorizationError
						? authorizationError.code
						: authorizationError,
				);
	// With SNI set, Node also reports a name mismatch as the authorization error; the chain
	// itself verified, and the name is judged separately (isHostnameMatch).
	const trustError = rawTrustError === 'ERR_TLS_CERT_ALTNAME_INVALID' ? undefined : rawTrustError;
	const isChainTrusted =
		hasCertificate &&
		(socket.authorized || (rawTrustError !== undefined && trustError === undefined));
	const cipher = socket.getCipher();
	const sent = certificate && {
		...certificate,
		// A trusted chain of two or more ends with the root Node took from the trust store.
		certsSent:
			isChainTrusted && certificate.chainLength > 1
				? certificate.chainLength - 1
				: certificate.chainLength,
	};
	return {
		protocol: socket.getProtocol() ?? 'unknown',
		cipher: cipher.standardName ?? cipher.name,
		servername: options.servername ?? '',
		...(sent ? {certificate: sent} : {}),
		isTrusted: isChainTrusted,
		...(trustError ? {trustError} : hasCertificate ? {} : {trustError: 'NO_CERTIFICATE'}),
		isHostnameMatch: hasCertificate && identityError === undefined,
		handshakeMs: options.handshakeMs,
	};
}

/** Judges TLS facts: the worst problem becomes `verdict`, the others become findings. */
export function judgeTls(
	facts: TlsFacts,
	checkName: string,
	port?: number,
): {readonly verdict?: Verdict; readonly findings: readonly Verdict[]} {
	const problems: Verdict[] = [];
	const findings: Verdict[] = [];
	const cert = facts.certificate;
	const base = {
		subject: cert?.subject ?? '',
		issuer: cert?.issuer ?? '',
		validTo: cert?.validTo ?? '',
		validFrom: cert?.validFrom ?? '',
		name: sanitizeText(checkName, {maxLength: 200}),
		...(port === undefined ? {} : {port}),
	};
	const now = Date.now();
	const isExpired = cert !== undefined && Date.parse(cert.validTo) < now;
	if (cert && isExpired) {
		problems.push(makeVerdict('cert-expired', {...base, daysAgo: Math.max(0, -cert.daysLeft)}));
	} else if (cert && Date.parse(cert.validFrom) > now) {
		problems.push(makeVerdict('cert-not-yet-valid', base));
	}

	if (!facts.isTrusted) {
		const code = facts.trustError ?? 'UNKNOWN';
		const isExpiryCode = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID';
		if (cert?.isSelfSigned || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
			problems.push(makeVerdict('cert-self-signed', {...base, trustError: code}));
		} else if (code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' && cert?.certsSent === 1) {
			// The leaf came alone and its issuer is in no trust store: the server does not send
			// its intermediate certificate (or the issuer is a private CA: --ca).
			problems.push(
				makeVerdict('cert-chain-incomplete', {...base, trustError: code, certsSent: 1}),
			);
		} else if (!isExpiryCode || problems.length === 0) {
			problems.push(
				makeVerdict('cert-untrusted', {
					...base,
					trustError: code,
					chainLength: cert?.chainLength ?? 0,
				}),
			);
		}
	}

	if (!facts.isHostnameMatch) {
		problems.push(
			makeVerdict('cert-hostname-mismatch', {
				...base,
				altNames: (cert?.subjectAltNames ?? []).join(', ').slice(0, 300),
			}),
		);
	}

	if (facts.protocol === 'TLSv1' || facts.protocol === 'TLSv1.1' || facts.protocol === 'SSLv3') {
		problems.push(
			makeVerdict('tls-old-version', {
				protocol: facts.protocol,
				...(port === undefined ? {} : {port}),
			}),
		);
	}

	if (cert && !isExpired && cert.daysLeft < expiringSoonDays) {
		findings.push(makeVerdict('cert-expiring-soon', {...base, daysLeft: cert.daysLeft}));
	}

	const [verdict, ...rest] = problems;
	return verdict ? {verdict, findings: [...rest, ...findings]} : {findings};
}
