// Which working setting a mail client should use, from what this run found (issue 10, rule 3):
//   1. with a login asked for (--user), a port where the login succeeded beats all;
//   2. a port where a login is possible (AUTH offered after TLS) beats one where it is not;
//   3. between equals, implicit TLS on 465 (RFC 8314 §3.3), then STARTTLS on 587 (RFC 6409 +
//      3207, TLS required), then the other ports (2525 before unknown ones).
// Port 25 (relay) and plain text count only on runs that probed nothing but relay ports.
import type {PortResult} from '../engine/types.js';
import type {RecommendationReason} from '../config/recommendation.js';
import {isWorking} from './port-kind.js';

export {recommendationReasons, type RecommendationReason} from '../config/recommendation.js';

/** A working setting, with what decided its place. */
export type RankedSetting = {
	readonly port: number;
	readonly encryption: 'implicit-tls' | 'starttls' | 'none';
	readonly reason: RecommendationReason;
	/** AUTH is offered on the connection that counts (after TLS). */
	readonly canLogin: boolean;
	/** The login asked for succeeded here (undefined when none was asked for or it never ran). */
	readonly isLoggedIn: boolean;
	readonly result: PortResult;
};

/** Rank among ports other than 465/587: implicit TLS before STARTTLS, 2525 before unknown ports. */
function otherRank(port: number, isImplicit: boolean): number {
	return (isImplicit ? 100 : 200) + (port === 2525 ? 0 : 1);
}

type Base = Pick<RankedSetting, 'encryption' | 'reason'> & {readonly rank: number};

function baseRank(result: PortResult, isRelayOnly: boolean): Base | undefined {
	const {port, verdict} = result;
	if (isWorking(verdict)) {
		const isImplicit = verdict.code === 'implicit-tls-ok';
		const encryption = isImplicit ? 'implicit-tls' : 'starttls';
		if (isRelayOnly) {
			return {rank: 1000 + (isImplicit ? 0 : 1), reason: 'relay-25', encryption};
		}

		if (isImplicit && port === 465) {
			return {rank: 0, reason: 'implicit-tls-465', encryption};
		}

		if (!isImplicit && port === 587) {
			return {rank: 10, reason: 'starttls-587', encryption};
		}

		return {
			rank: otherRank(port, isImplicit),
			reason: isImplicit ? 'implicit-tls-other' : 'starttls-other',
			encryption,
		};
	}

	// Plain text is never a submission setting (credentials would travel in clear); on a
	// relay-only run it is how port 25 may legitimately work, so it stays, flagged.
	if (verdict.code === 'plain-only' && isRelayOnly) {
		return {rank: 10_000, reason: 'plain-only-last-resort', encryption: 'none'};
	}

	return undefined;
}

/**
 * Every working setting among `ports`, best first (see the file comment). `hasLogin`: a login
 * was asked for, so where it succeeded decides first.
 */
export function rankSettings(
	ports: readonly PortResult[],
	options: {
		readonly hasLogin: boolean;
		readonly isRelayPort: (port: number) => boolean;
	},
): RankedSetting[] {
	const isRelayOnly = ports.length > 0 && ports.every((result) => options.isRelayPort(result.port));
	const ranked: Array<RankedSetting & {readonly key: readonly number[]}> = [];
	for (const result of ports) {
		if (options.isRelayPort(result.port) && !isRelayOnly) {
			continue;
		}

		const base = baseRank(result, isRelayOnly);
		if (!base) {
			continue;
		}

		const canLogin = (result.capabilities?.authMechanisms.length ?? 0) > 0;
		const isLoggedIn = result.auth?.verdict.code === 'auth-ok';
		ranked.push({
			port: result.port,
			encryption: base.encryption,
			reason: base.reason,
			canLogin,
			isLoggedIn,
			result,
			key: [options.hasLogin && !isLoggedIn ? 1 : 0, canLogin ? 0 : 1, base.rank, result.port],
		});
	}

	const compare = (a: readonly number[], b: readonly number[]): number => {
		for (const [index, value] of a.entries()) {
			const other = b[index] ?? 0;
			if (value !== other) {
				return value - other;
			}
		}

		return 0;
	};

	return ranked.sort((a, b) => compare(a.key, b.key)).map(({key: _key, ...setting}) => setting);
}
