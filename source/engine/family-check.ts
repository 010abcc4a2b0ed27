// Both IP families: when a host has IPv4 and IPv6 addresses, the probe connects over IPv4
// first, so a dead IPv6 route (the common trap: an AAAA record this machine cannot reach)
// would stay hidden while clients that prefer IPv6 hang for their whole timeout. So each
// submission port also gets one TCP connect to the first IPv6 address, at the same time,
// closed at once (no SMTP): at most one extra connection per port.
import type {ConnectionGate} from './connection-limiter.js';
import {connectTcp} from './connection.js';
import type {FamilyCheck, FamilyOutcome} from './types.js';
import {nowMs} from './clock.js';

const isLoopback = (address: string) =>
	address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');

/**
 * The IPv6 address to check, or undefined when there is nothing to judge: one family only,
 * or loopback (localhost resolves to 127.0.0.1 and ::1, which say nothing about a route).
 */
export function familyCheckAddress(
	addresses: ReadonlyArray<{readonly address: string; readonly family: 4 | 6}>,
): string | undefined {
	const v4 = addresses.filter((item) => item.family === 4 && !isLoopback(item.address));
	const v6 = addresses.find((item) => item.family === 6 && !isLoopback(item.address));
	return v4.length > 0 && v6 ? v6.address : undefined;
}

/** One TCP connect to `address` (closed at once), bounded by `timeoutMs` and the signal. */
export async function checkFamily(
	port: number,
	realPort: number,
	address: string,
	timeoutMs: number,
	signal: AbortSignal,
	gate?: ConnectionGate,
): Promise<FamilyCheck | undefined> {
	// A batch's gate bounds this connect too; the time counts from the granted slot.
	const release = gate ? await gate(address, signal) : undefined;
	if (gate && !release) {
		return undefined;
	}

	const started = nowMs();
	const outcome = await connectTcp(address, realPort, timeoutMs, signal);
	if (outcome.kind === 'connected' && release) {
		outcome.socket.once('close', release);
	} else {
		release?.();
	}

	const ms = Math.round(nowMs() - started);
	if (outcome.kind === 'cancelled') {
		return undefined;
	}

	if (outcome.kind === 'connected') {
		outcome.socket.destroy();
		return {port, family: 6, address, outcome: 'connected', ms};
	}

	const kind: FamilyOutcome =
		outcome.errorCode === 'ECONNREFUSED' || outcome.errorCode === 'ECONNRESET'
			? 'refused'
			: outcome.isTimeout || outcome.errorCode === 'ETIMEDOUT'
				? 'timeout'
				: 'unreachable';
	return {port, family: 6, address, outcome: kind, errorCode: outcome.errorCode, ms};
}
