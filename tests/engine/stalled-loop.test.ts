// A stalled event loop must not turn an answer that arrived in time into a timeout: the
// deadline and the I/O are both due when the loop wakes, and the I/O wins.
import net from 'node:net';
import {afterEach, expect, test} from 'vitest';
import {connectTcp} from '../../source/engine/connection.js';
import {startDeadline} from '../../source/engine/deadline.js';

const servers: net.Server[] = [];
afterEach(async () => {
	await Promise.all(
		servers.splice(0).map(async (server) => new Promise((resolve) => server.close(resolve))),
	);
});

/** Blocks the event loop for `ms` (what a busy machine or a long synchronous step does). */
function stall(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// Busy on purpose.
	}
}

test('a connection accepted while the loop was stalled past the connect timeout counts as connected', async () => {
	const server = net.createServer((socket) => socket.destroy());
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	const outcome = connectTcp('127.0.0.1', port, 20, new AbortController().signal);
	stall(150);
	const result = await outcome;
	expect(result.kind).toBe('connected');
	if (result.kind === 'connected') {
		result.socket.destroy();
	}
});

test('a deadline still fires when nothing settles the wait, and never after clear', async () => {
	const fired: string[] = [];
	const kept = startDeadline(5, () => fired.push('kept'));
	const cleared = startDeadline(5, () => fired.push('cleared'));
	cleared.clear();
	await new Promise((resolve) => setTimeout(resolve, 30));
	kept.clear();
	expect(fired).toEqual(['kept']);
});
