// Picks the settings a mail client should use from what worked, preferring implicit TLS on
// 465 (RFC 8314 §3.3), then STARTTLS on 587 (RFC 6409 + 3207, with TLS required), then the
// other ports. Port 25 (relay) and plain text only for runs that probed nothing but relay ports.
import type {PortResult, Recommendation} from './types.js';

/**
 * Stable reasons a recommendation was chosen. `relay-25`: the run probed only the relay port
 * (25, RFC 5321 server-to-server), which works with TLS; it is never a mail-client setting when
 * a submission port was probed too. `plain-only-last-resort`: relay-only runs only.
 */
export const recommendationReasons = [
	'implicit-tls-465',
	'starttls-587',
	'implicit-tls-other',
	'starttls-other',
	'relay-25',
	'plain-only-last-resort',
] as const;

/** One stable recommendation reason. */
export type RecommendationReason = (typeof recommendationReasons)[number];

type Ranked = {
	readonly rank: number;
	readonly reason: RecommendationReason;
	readonly encryption: Recommendation['encryption'];
};

/** Rank among ports other than 465/587: implicit TLS before STARTTLS, 2525 before unknown ports. */
function otherRank(port: number, isImplicit: boolean): number {
	return (isImplicit ? 100 : 200) + (port === 2525 ? 0 : 1);
}

function rankOf(result: PortResult, isRelay: boolean): Ranked | undefined {
	const {port, verdict} = result;
	// Cert, TLS-version and mix-up problems carry their own verdict codes, so they never count here.
	if (verdict.code === 'implicit-tls-ok') {
		return isRelay
			? {rank: 1000, reason: 'relay-25', encryption: 'implicit-tls'}
			: port === 465
				? {rank: 0, reason: 'implicit-tls-465', encryption: 'implicit-tls'}
				: {rank: otherRank(port, true), reason: 'implicit-tls-other', encryption: 'implicit-tls'};
	}

	if (verdict.code === 'starttls-ok') {
		return isRelay
			? {rank: 1001, reason: 'relay-25', encryption: 'starttls'}
			: port === 587
				? {rank: 10, reason: 'starttls-587', encryption: 'starttls'}
				: {rank: otherRank(port, false), reason: 'starttls-other', encryption: 'starttls'};
	}

	// Plain text is never a submission setting (credentials would travel in clear); on a
	// relay-only run it is how port 25 may legitimately work, so it stays, flagged.
	if (verdict.code === 'plain-only' && isRelay) {
		return {rank: 10_000, reason: 'plain-only-last-resort', encryption: 'none'};
	}

	return undefined;
}

/**
 * The best working setting among `ports`, or undefined when none worked. Relay ports (25 by
 * default; `isRelayPort` may follow the run's port roles) count only when every probed port
 * is a relay port: port 25 is for server-to-server relay, not a mail-client setting.
 */
export function recommend(
	host: string,
	ports: readonly PortResult[],
	isRelayPort: (port: number) => boolean = (port) => port === 25,
): Recommendation | undefined {
	const isRelayOnly = ports.length > 0 && ports.every((result) => isRelayPort(result.port));
	let best: {result: PortResult; ranked: Ranked} | undefined;
	for (const result of ports) {
		if (isRelayPort(result.port) && !isRelayOnly) {
			continue;
		}

		const ranked = rankOf(result, isRelayOnly);
		if (ranked && (!best || ranked.rank < best.ranked.rank)) {
			best = {result, ranked};
		}
	}

	if (!best) {
		return undefined;
	}

	return {
		host,
		port: best.result.port,
		encryption: best.ranked.encryption,
		reason: best.ranked.reason,
	};
}
