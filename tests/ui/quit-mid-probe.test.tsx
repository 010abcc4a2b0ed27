import net from 'node:net';
import {expect, it} from 'vitest';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {startTcpServer} from '../helpers/servers.js';
import {waitFor} from '../helpers/wait-for.js';
import {appFixture} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

const fixture = appFixture();

for (const [name, key, code] of [
	['q', 'q', 0],
	['Ctrl+C', keys.ctrlC, 130],
] as const) {
	it(`${name} in the middle of a probe aborts it and closes every socket`, async () => {
		const before = activeResources();
		const open = new Set<net.Socket>();
		// A tarpit: accepts and never greets, so the probe sits in "waiting for greeting".
		const server = await startTcpServer((socket) => {
			open.add(socket);
			socket.on('close', () => open.delete(socket));
		});
		try {
			const app = await fixture.mount({
				initialRequest: {host: '127.0.0.1', ports: [server.port], title: 'Tarpit'},
			});
			await waitForText(app.lastFrame, /waiting for greeting/i);
			expect(open.size).toBe(1);
			const started = Date.now();
			app.stdin.write(key);
			await waitForFrame(app.lastFrame, () => app.exitCodes.length > 0);
			app.unmount();
			await app.settle();
			await waitFor(() => open.size === 0, {timeoutMs: 2000, message: 'sockets closed'});
			// Generous on a shared machine: bench/startup-tui.mjs measures the real latency (< 500 ms).
			expect(Date.now() - started).toBeLessThan(3000);
			expect(app.exitCodes).toEqual([code]);
		} finally {
			await server.close();
		}

		// The server is closed before the count: only what the app left open remains.
		await expectNoLeakedHandles(before);
	});
}
