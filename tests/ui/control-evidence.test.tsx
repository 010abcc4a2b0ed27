// "My network or the server?" in the app (issue 13): a port that is refused starts the control
// probes, the conclusion blames the server's firewall when the controls connect, and the port's
// detail shows each control connect. Real sockets on loopback: the probed port is closed, the
// control listens. (The app skips controls for loopback hosts; the test wraps its services to
// run the real watch here anyway.)
import {expect, it, vi} from 'vitest';
import {startControlWatch} from '../../source/controls/watch.js';
import {closedPort, startTcpServer} from '../helpers/servers.js';
import {appFixture} from './app-harness.js';
import {keys, waitForText} from './ui-helpers.js';

const fixture = appFixture();
vi.setConfig({testTimeout: 60_000});

it('a refused port: the controls connect, the conclusion blames the server, the detail lists them', async () => {
	const control = fixture.track(
		await startTcpServer((socket) => {
			socket.end();
		}),
	);
	const port = await closedPort();
	const app = await fixture.mount({
		initialRequest: {host: '127.0.0.1', ports: [port], title: 'Firewalled'},
		wrapServices: (services) => ({
			...services,
			watchControls: (_host, options) =>
				startControlWatch([{host: '127.0.0.1', port: control.port}], options),
		}),
	});
	await waitForText(app.lastFrame, 'but this network can reach port', 30_000);
	expect(control.connectionCount()).toBe(1);
	app.stdin.write(keys.enter);
	const detail = await waitForText(app.lastFrame, 'Control hosts', 10_000);
	expect(detail).toMatch(new RegExp(`127\\.0\\.0\\.1.*port ${control.port}: .*connected`, 'i'));
});
