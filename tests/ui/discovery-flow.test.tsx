// Discovery in the app against a real DNS server on loopback (dns2): candidates with their
// evidence, the best one probed right away, the others one key (c) away; a silent DNS server
// ends with the clear "no answer" message.
import {describe, expect, it, vi} from 'vitest';
import {startDnsServer, startSilentServer} from '../discovery/dns-zone-server.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {appFixture} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});

const fixture = appFixture();

const finished = /Use these settings|No port works/;

describe('discovery in the app', () => {
	it('shows ranked candidates with evidence, probes the best, and keeps the others on d', async () => {
		const smtp: TestServer = await startSmtpServer({authOptional: true});
		fixture.track(smtp);
		const dns = await startDnsServer({
			'_submissions._tcp.example.test': {
				SRV: [{priority: 0, weight: 1, port: smtp.port, target: 'smtp.example.test'}],
			},
			'smtp.example.test': {A: ['127.0.0.1']},
			'example.test': {MX: [{exchange: 'mx.example.test', priority: 10}]},
			'mx.example.test': {A: ['127.0.0.1']},
		});
		fixture.track(dns);
		const app = await fixture.mount({
			initialDiscovery: 'you@example.test',
			appOptions: {dnsServer: dns.server},
		});
		const table = await waitForFrame(
			app.lastFrame,
			(frame) => frame.includes('smtp.example.test · candidate 1') && finished.test(frame),
			30_000,
		);
		expect(table).toMatch(new RegExp(`${smtp.port}\\s+STARTTLS`));

		app.stdin.write('d');
		const list = await waitForText(app.lastFrame, 'Candidates, best first');
		expect(list).toContain(`❯ 1. smtp.example.test port ${smtp.port} SSL/TLS · SRV _submissions`);
		expect(list).toMatch(/_submissions\._tcp\.example\.test/);
		expect(list).toContain('Best candidate: smtp.example.test');
		app.stdin.write(keys.down);
		const second = await waitForText(app.lastFrame, /❯ 2\. /);
		const secondHost = /❯ 2\. (\S+)/.exec(second)?.[1] ?? '';
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, `${secondHost} · candidate 2`);
		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, 'Candidates, best first');
	});

	it('from Home: asks the address and ends with the DNS-unavailable message', async () => {
		const silent = await startSilentServer();
		fixture.track(silent);
		const app = await fixture.mount({appOptions: {dnsServer: silent.server}});
		for (let step = 0; step < 20; step++) {
			const frame = await waitForText(app.lastFrame, '❯');
			if (frame.split('\n').some((line) => line.startsWith('❯') && line.includes('Find my'))) {
				break;
			}

			app.stdin.write(keys.down);
			await waitForFrame(app.lastFrame, (next) => next !== frame);
		}

		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'E-mail address or domain:');
		app.stdin.write('nope');
		await waitForText(app.lastFrame, 'domain: nope');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Type an address such as');
		for (const left of ['nop', 'no', 'n', '']) {
			app.stdin.write(keys.backspace);
			await waitForFrame(app.lastFrame, (frame) =>
				frame
					.split('\n')
					.some((line) => line.trimEnd() === `E-mail address or domain: ${left}`.trimEnd()),
			);
		}

		app.stdin.write('you@nowhere.test');
		await waitForText(app.lastFrame, 'you@nowhere.test');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Looking up SRV');
		const done = await waitForText(app.lastFrame, /No answer from the DNS server/, 30_000);
		expect(done).toContain(silent.server);
		expect(app.exitCodes).toEqual([]);
	});
});
