// Picks the settings a mail client should use from what worked, preferring implicit TLS on
// 465 (RFC 8314 §3.3), then STARTTLS on 587 (RFC 6409 + 3207, with TLS required), then the
// other ports, and plain text only as a flagged last resort.
import type {PortResult, Recommendation} from './types.js';

/** Stable reasons a recommendation was chosen. */
export const recommendationReasons = [
	'implicit-tls-465',
	'starttls-587',
	'implicit-tls-other',
	'starttls-other',
	'plain-only-last-resort',
] as const;

/** One stable recommendation reason. */
export type RecommendationReason = (typeof recommendationReasons)[number];

/** Rank among ports other than 465/587: implicit TLS before STARTTLS, 2525 before unknown ports, relay port 25 last. */
function otherRank(port: number, isImplicit: boolean): number {
	if (port === 25) {
		return isImplicit ? 1000 : 1001;
	}

	return (isImplicit ? 100 : 200) + (port === 2525 ? 0 : 1);
}

function rankOf(result: PortResult): {rank: number; reason: RecommendationReason} | undefined {
	const {port, verdict} = result;
	// Cert, TLS-version and mix-up problems carry their own verdict codes, so they never count here.
	if (verdict.code === 'implicit-tls-ok') {
		return port === 465
			? {rank: 0, reason: 'implicit-tls-465'}
			: {rank: otherRank(port, true), reason: 'implicit-tls-other'};
	}

	if (verdict.code === 'starttls-ok') {
		return port === 587
			? {rank: 10, reason: 'starttls-587'}
			: {rank: otherRank(port, false), reason: 'starttls-other'};
	}

	if (verdict.code === 'plain-only') {
		return {rank: 10_000 + (port === 25 ? 1 : 0), reason: 'plain-only-last-resort'};
	}

	return undefined;
}

/** The best working setting among `ports`, or undefined when none worked. */
export function recommend(host: string, ports: readonly PortResult[]): Recommendation | undefined {
	let best: {result: PortResult; rank: number; reason: RecommendationReason} | undefined;
	for (const result of ports) {
		const ranked = rankOf(result);
		if (ranked && (!best || ranked.rank < best.rank)) {
			best = {result, ...ranked};
		}
	}

	if (!best) {
		return undefined;
	}

	const encryption =
		best.reason === 'plain-only-last-resort'
			? 'none'
			: best.reason.startsWith('implicit')
				? 'implicit-tls'
				: 'starttls';
	return {host, port: best.result.port, encryption, reason: best.reason};
}
