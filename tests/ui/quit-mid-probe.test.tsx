import net from 'node:net';
import {afterEach, expect, it} from 'vitest';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {startTcpServer, type TestServer} from '../helpers/servers.js';
import {mountApp, type Harness} from './app-harness.js';
import {keys, waitFor, waitForText} from './ui-helpers.js';

let server: TestServer | undefined;
let harness: Harness | undefined;

afterEach(async () => {
	harness?.unmount();
	await harness?.settle();
	await server?.close();
	server = undefined;
	harness = undefined;
});

for (const [name, key, code] of [
	['q', 'q', 0],
	['Ctrl+C', keys.ctrlC, 130],
] as const) {
	it(`${name} in the middle of a probe aborts it and closes every socket`, async () => {
		const before = activeResources();
		const open = new Set<net.Socket>();
		// A tarpit: accepts and never greets, so the probe sits in "waiting for greeting".
		server = await startTcpServer((socket) => {
			open.add(socket);
			socket.on('close', () => open.delete(socket));
		});
		harness = await mountApp({
			initialRequest: {host: '127.0.0.1', ports: [server.port], title: 'Tarpit'},
		});
		const app = harness;
		await waitForText(app.lastFrame, /waiting for greeting/i);
		expect(open.size).toBe(1);
		const started = Date.now();
		app.stdin.write(key);
		await waitFor(app.lastFrame, () => app.exitCodes.length > 0);
		app.unmount();
		await app.settle();
		await waitFor(
			() => String(open.size),
			(size) => size === '0',
			2000,
		);
		// Generous on a shared machine: bench/startup-tui.mjs measures the real latency (< 500 ms).
		expect(Date.now() - started).toBeLessThan(3000);
		expect(app.exitCodes).toEqual([code]);
		await server.close();
		server = undefined;
		await expectNoLeakedHandles(before);
	});
}
