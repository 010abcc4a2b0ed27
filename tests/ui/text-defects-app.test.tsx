// Text defects that need the whole app: a DNS failure's time, discovery's prompt and footers.
import {expect, it, vi} from 'vitest';
import {startDnsServer, startSilentServer} from '../discovery/dns-zone-server.js';
import {appFixture} from './app-harness.js';
import {waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});
const fixture = appFixture();

it('a name that does not resolve shows the time DNS took, not "0 ms" on the port', async () => {
	const dns = fixture.track(await startDnsServer({}));
	const app = await fixture.mount({
		initialRequest: {host: 'nowhere.example.test', ports: [465, 587], title: 'Nowhere'},
		appOptions: {dnsServer: dns.server},
	});
	const table = await waitForText(app.lastFrame, /No port works/, 30_000);
	const rows = table.split('\n').filter((line) => /^[› ] (465|587)\s/.test(line));
	expect(rows).toHaveLength(2);
	for (const row of rows) {
		expect(row).not.toMatch(/\s0 ms\s/);
		expect(row).toMatch(/✖ FAIL\s+(\d+ ms|-)\s/);
	}
});

it('discovery: the prompt says its hint once; with no candidate the footer offers no Enter', async () => {
	const silent = fixture.track(await startSilentServer());
	const app = await fixture.mount({
		appOptions: {
			dnsServer: silent.server,
			timeouts: {connect: 500, greeting: 2000, command: 2000, tls: 2000},
		},
	});
	await waitForText(app.lastFrame, 'Custom host...');
	// Home row 8: "Find my settings from my email address...".
	app.stdin.write('8');
	const prompt = await waitForText(app.lastFrame, 'E-mail address or domain:');
	const lines = prompt.split('\n').filter((line) => line.trim() !== '');
	expect(new Set(lines).size).toBe(lines.length);
	app.stdin.write('you@example.test\r');
	const none = await waitForText(app.lastFrame, /Find my settings: you@example\.test/);
	expect(none).not.toContain('Enter probe this candidate');
	expect(none).toMatch(/Esc back · \? help · q quit/);
});
