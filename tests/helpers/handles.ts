// Open-handle checks: count the process's active resources (sockets, timers, ...) before a
// probe and wait until the count is back, so a leaked socket or timer fails the test.
import {waitFor} from './wait-for.js';

/** Active resources by type, e.g. {TCPSocketWrap: 2, Timeout: 1}. */
export function activeResources(): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const name of process.getActiveResourcesInfo()) {
		counts[name] = (counts[name] ?? 0) + 1;
	}

	return counts;
}

const watched = [
	'TCPSocketWrap',
	'TCPWRAP',
	'TLSWrap',
	'Timeout',
	'TTYWrap',
	'UDPWrap',
	'GetAddrInfoReqWrap',
	'QueryReqWrap',
];

function exceeding(before: Record<string, number>): string[] {
	const now = activeResources();
	return watched.filter((name) => (now[name] ?? 0) > (before[name] ?? 0));
}

/**
 * Waits (without sleeping a fixed time) until no more sockets, timers or DNS requests are
 * active than in `before`; rejects listing the leaked kinds after `timeoutMs`.
 */
export async function expectNoLeakedHandles(
	before: Record<string, number>,
	timeoutMs = 2000,
): Promise<void> {
	try {
		await waitFor(() => exceeding(before).length === 0, {timeoutMs, message: 'handles released'});
	} catch {
		throw new Error(
			`leaked handles: ${exceeding(before).join(', ')} (before ${JSON.stringify(before)}, now ${JSON.stringify(activeResources())})`,
		);
	}
}
