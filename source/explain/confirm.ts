// A probe of the server proves or refutes the causes a text points at: which ports to probe
// (`probePorts`), and what the run says about each cause (`confirmCauses`). Pure: the caller
// runs the engine (`runProbe`) and hands over its RunResult.
import type {DetectedEncryption, PortResult, RunResult, VerdictCode} from '../engine/types.js';
import type {Catalogue} from '../i18n/catalogue.js';
import {escapeAndClip} from '../report/escape.js';
import {causeDefinitions} from './causes.js';
import {say, type ExplainTextKey, type TextParams} from './texts.js';
import type {ExplainedCause, Explanation, ProbeCheck} from './types.js';

/** The engine probes at most this many ports in one run (the CLI's --ports limit). */
export const maxProbePorts = 16;

/** How many of the top causes choose the ports to probe. */
const causesThatChoosePorts = 3;

/**
 * The ports to probe for `explanation`: the user's own (`--port`), else the ports the text
 * names plus the usual ports of the top causes (587 for STARTTLS mix-ups, 465 for TLS ones...).
 */
export function probePorts(
	explanation: Explanation,
	options: {readonly ports?: readonly number[]} = {},
): readonly number[] {
	if (options.ports && options.ports.length > 0) {
		return [...new Set(options.ports)].slice(0, maxProbePorts);
	}

	const fromCauses = explanation.causes
		.slice(0, causesThatChoosePorts)
		.flatMap((cause) => causeDefinitions[cause.code].ports);
	const ports = [...new Set([...explanation.ports, ...fromCauses])];
	return (ports.length > 0 ? ports : [465, 587]).slice(0, maxProbePorts);
}

/** What a check found: proved (true), refuted (false) or undecided (null), and the sentence. */
type Finding = {
	readonly confirmed: boolean | null;
	readonly key: ExplainTextKey;
	readonly params: TextParams;
};

type CheckContext = {
	readonly run: RunResult;
	/** The probed ports this cause concerns, in order. */
	readonly ports: readonly PortResult[];
	readonly lang: Explanation['lang'];
	/** The verdict's words in that language (the catalogue's). */
	readonly describe: Catalogue['describe'];
};

const oldProtocols = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);
const blockedVerdicts = new Set<VerdictCode>([
	'connect-timeout',
	'network-unreachable',
	'host-unreachable',
	'connect-prohibited',
]);
const expiryTrustErrors = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function hasConnected(port: PortResult): boolean {
	return (
		port.encryption !== 'unknown' ||
		port.phases.some((phase) => phase.phase === 'connect' && phase.isOk)
	);
}

function hasCode(port: PortResult, code: VerdictCode): boolean {
	return port.verdict.code === code || port.findings.some((finding) => finding.code === code);
}

function verdictWords(port: PortResult, context: Pick<CheckContext, 'describe'>): string {
	return escapeAndClip(context.describe(port.verdict).title, 80);
}

function noAnswer(context: CheckContext): Finding {
	const port = context.ports[0];
	return port
		? {
				confirmed: null,
				key: 'proof.noAnswer',
				params: {port: port.port, verdict: verdictWords(port, context)},
			}
		: {confirmed: null, key: 'proof.notProbed', params: {}};
}

function firstWith(
	ports: readonly PortResult[],
	encryption: DetectedEncryption,
): PortResult | undefined {
	return ports.find((port) => port.encryption === encryption);
}

function withTls(context: CheckContext): readonly PortResult[] {
	return context.ports.filter((port) => port.tls !== undefined);
}

function noTls(context: CheckContext): Finding {
	const answered = context.ports.find((port) => hasConnected(port));
	return answered
		? {confirmed: null, key: 'proof.noTls', params: {port: answered.port}}
		: noAnswer(context);
}

function day(iso: string): string {
	return escapeAndClip(iso.slice(0, 10), 10);
}

/** One function per kind of check (causes.ts says which cause uses which). */
const checks: Readonly<Record<ProbeCheck, (context: CheckContext) => Finding>> = {
	'speaks-plain-first'(context) {
		const starttls = firstWith(context.ports, 'starttls');
		if (starttls)
			return {confirmed: true, key: 'proof.plainFirst.starttls', params: {port: starttls.port}};
		const plain = firstWith(context.ports, 'none');
		if (plain) return {confirmed: true, key: 'proof.plainFirst.none', params: {port: plain.port}};
		const implicit = firstWith(context.ports, 'implicit-tls');
		if (implicit)
			return {confirmed: false, key: 'proof.plainFirst.refuted', params: {port: implicit.port}};
		return noAnswer(context);
	},
	'speaks-tls-first'(context) {
		const implicit = firstWith(context.ports, 'implicit-tls');
		if (implicit)
			return {confirmed: true, key: 'proof.tlsFirst.confirmed', params: {port: implicit.port}};
		const plain = firstWith(context.ports, 'starttls') ?? firstWith(context.ports, 'none');
		if (plain) return {confirmed: false, key: 'proof.tlsFirst.refuted', params: {port: plain.port}};
		return noAnswer(context);
	},
	'login-after-starttls'(context) {
		const starttls = context.ports.filter((port) => port.encryption === 'starttls');
		const strict = starttls.find(
			(port) =>
				(port.capabilitiesBeforeTls?.authMechanisms.length ?? 0) === 0 &&
				(port.capabilities?.authMechanisms.length ?? 0) > 0,
		);
		if (strict)
			return {confirmed: true, key: 'proof.starttls.confirmed', params: {port: strict.port}};
		const optional = starttls.find(
			(port) => (port.capabilitiesBeforeTls?.authMechanisms.length ?? 0) > 0,
		);
		if (optional)
			return {confirmed: null, key: 'proof.starttls.optional', params: {port: optional.port}};
		if (starttls[0])
			return {confirmed: null, key: 'proof.starttls.noLogin', params: {port: starttls[0].port}};
		const plain = firstWith(context.ports, 'none');
		if (plain)
			return {confirmed: false, key: 'proof.starttls.notOffered', params: {port: plain.port}};
		const implicit = firstWith(context.ports, 'implicit-tls');
		if (implicit)
			return {confirmed: false, key: 'proof.starttls.implicit', params: {port: implicit.port}};
		return noAnswer(context);
	},
	'cert-trusted'(context) {
		const ports = withTls(context);
		const untrusted = ports.find(
			(port) =>
				port.tls && !port.tls.isTrusted && !expiryTrustErrors.has(port.tls.trustError ?? ''),
		);
		if (untrusted?.tls) {
			const reason = untrusted.tls.certificate?.isSelfSigned
				? 'self-signed'
				: (untrusted.tls.trustError ?? 'untrusted');
			return {
				confirmed: true,
				key: 'proof.cert.untrusted',
				params: {port: untrusted.port, reason: escapeAndClip(reason, 60)},
			};
		}

		const trusted = ports.find((port) => port.tls?.isTrusted);
		if (trusted?.tls) {
			const issuer = escapeAndClip(trusted.tls.certificate?.issuer ?? '?', 80);
			return {confirmed: false, key: 'proof.cert.trusted', params: {port: trusted.port, issuer}};
		}

		return ports.length > 0 ? noAnswer(context) : noTls(context);
	},
	'cert-name'(context) {
		const ports = withTls(context).filter((port) => port.tls?.certificate);
		const mismatch = ports.find((port) => port.tls && !port.tls.isHostnameMatch);
		if (mismatch?.tls) {
			const names = escapeAndClip(
				(mismatch.tls.certificate?.subjectAltNames ?? []).join(', ') || '?',
				120,
			);
			const host = escapeAndClip(mismatch.tls.servername || context.run.host, 120);
			return {
				confirmed: true,
				key: 'proof.name.mismatch',
				params: {port: mismatch.port, names, host},
			};
		}

		const match = ports[0];
		if (match?.tls) {
			const host = escapeAndClip(match.tls.servername || context.run.host, 120);
			return {confirmed: false, key: 'proof.name.match', params: {port: match.port, host}};
		}

		return noTls(context);
	},
	'cert-dates'(context) {
		const ports = withTls(context).filter((port) => port.tls?.certificate);
		const expired = ports.find((port) => (port.tls?.certificate?.daysLeft ?? 0) < 0);
		if (expired?.tls?.certificate) {
			return {
				confirmed: true,
				key: 'proof.dates.expired',
				params: {port: expired.port, date: day(expired.tls.certificate.validTo)},
			};
		}

		const valid = ports[0];
		if (valid?.tls?.certificate) {
			return {
				confirmed: false,
				key: 'proof.dates.valid',
				params: {port: valid.port, date: day(valid.tls.certificate.validTo)},
			};
		}

		return noTls(context);
	},
	'tls-version'(context) {
		const old = context.ports.find(
			(port) => hasCode(port, 'tls-old-version') || oldProtocols.has(port.tls?.protocol ?? ''),
		);
		if (old) {
			const protocol = escapeAndClip(old.tls?.protocol ?? 'TLS 1.0/1.1', 20);
			return {confirmed: true, key: 'proof.tls.old', params: {port: old.port, protocol}};
		}

		const modern = withTls(context)[0];
		if (modern?.tls) {
			// The server is fine; the old side may still be the client, so this decides nothing.
			return {
				confirmed: null,
				key: 'proof.tls.modern',
				params: {port: modern.port, protocol: escapeAndClip(modern.tls.protocol, 20)},
			};
		}

		return noTls(context);
	},
	connects(context) {
		const blocked = context.ports.find((port) => blockedVerdicts.has(port.verdict.code));
		if (blocked)
			return {
				confirmed: true,
				key: 'proof.connect.timeout',
				params: {port: blocked.port, verdict: verdictWords(blocked, context)},
			};
		const open = context.ports.find((port) => hasConnected(port));
		if (open) return {confirmed: false, key: 'proof.connect.ok', params: {port: open.port}};
		return noAnswer(context);
	},
	refuses(context) {
		const refused = context.ports.find((port) => port.verdict.code === 'connection-refused');
		if (refused)
			return {confirmed: true, key: 'proof.refused.confirmed', params: {port: refused.port}};
		const open = context.ports.find((port) => hasConnected(port));
		if (open) return {confirmed: false, key: 'proof.refused.refuted', params: {port: open.port}};
		return noAnswer(context);
	},
	resolves(context) {
		const host = escapeAndClip(context.run.host, 120);
		const verdict = context.run.resolveVerdict;
		if (verdict?.code.startsWith('dns-'))
			return {confirmed: true, key: 'proof.resolve.failed', params: {host}};
		const address = context.run.addresses[0];
		if (address)
			return {confirmed: false, key: 'proof.resolve.ok', params: {host, address: address.address}};
		return noAnswer(context);
	},
	'rate-limit'(context) {
		const limited = context.ports.find((port) => hasCode(port, 'rate-limited'));
		if (limited) return {confirmed: true, key: 'proof.rate.limited', params: {port: limited.port}};
		const open = context.ports.find((port) => hasConnected(port));
		if (open) return {confirmed: null, key: 'proof.rate.none', params: {port: open.port}};
		return noAnswer(context);
	},
	'needs-login'() {
		return {confirmed: null, key: 'proof.login', params: {}};
	},
};

/** The probed ports a cause concerns: those the text names, else the cause's usual ones, else all. */
function portsFor(
	cause: ExplainedCause,
	explanation: Explanation,
	run: RunResult,
): readonly PortResult[] {
	const probed = (wanted: readonly number[]) =>
		wanted.flatMap((number) => run.ports.filter((port) => port.port === number));
	const named = probed(explanation.ports);
	if (named.length > 0) return named;
	const usual = probed(causeDefinitions[cause.code].ports);
	return usual.length > 0 ? usual : run.ports;
}

const rank = (cause: ExplainedCause): number =>
	cause.confirmed === true ? 0 : cause.confirmed === null ? 1 : 2;

/**
 * What a probe of the server (`run`) says about each cause: `confirmed` true (the probe shows
 * it), false (the probe rules it out) or null (a probe cannot tell), with the sentence, and the
 * causes ranked again (proved first, ruled out last). `catalogue` gives the verdict words.
 */
export function confirmCauses(
	explanation: Explanation,
	run: RunResult,
	catalogue: Pick<Catalogue, 'describe'>,
): Explanation {
	const {lang} = explanation;
	const causes = explanation.causes.map((cause): ExplainedCause => {
		const ports = portsFor(cause, explanation, run);
		const finding = checks[causeDefinitions[cause.code].check]({
			run,
			ports,
			lang,
			describe: catalogue.describe,
		});
		return {
			...cause,
			confirmed: finding.confirmed,
			proof: say(lang, finding.key, finding.params),
			confidence:
				finding.confirmed === true
					? 'high'
					: finding.confirmed === false
						? 'low'
						: cause.confidence,
		};
	});
	return {
		...explanation,
		causes: causes
			.map((cause, index) => ({cause, index}))
			.sort((a, b) => rank(a.cause) - rank(b.cause) || a.index - b.index)
			.map(({cause}) => cause),
		probe: {host: run.host, ports: run.ports.map((port) => port.port)},
	};
}
