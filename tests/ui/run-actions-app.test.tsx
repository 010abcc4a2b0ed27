// Actions inside the app against real loopback servers: one port again (p), the options
// screen (o), a re-run that marks what changed, --watch, and saving where the folder allows.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it, vi} from 'vitest';
import type {ProbeOptions} from '../../source/engine/types.js';
import type {AppServices} from '../../source/ui/app/services.js';
import {scriptedSmtp, startTcpServer} from '../helpers/servers.js';
import {waitFor} from '../helpers/wait-for.js';
import {appFixture} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});
const fixture = appFixture();
const finished = /Use these settings|No port works/;
const labRunTimeoutMs = 45_000;
const lab = {
	host: 'smtp.lab.test',
	ports: [25, 465, 587, 2525],
	lab: 'provider-like',
	title: 'Lab',
} as const;

/** The options of every probe run the app starts. */
function recording(runs: ProbeOptions[]) {
	return (services: AppServices): AppServices => ({
		...services,
		probeHost(host, options) {
			runs.push(options);
			return services.probeHost(host, options);
		},
	});
}

it('p probes the selected port again; the other rows keep their results', async () => {
	const runs: ProbeOptions[] = [];
	const app = await fixture.mount({initialRequest: lab, wrapServices: recording(runs)});
	await waitForText(app.lastFrame, finished, labRunTimeoutMs);
	app.stdin.write('jp');
	await waitFor(() => runs.length === 2);
	expect(runs[1]?.ports).toEqual([465]);
	await waitForText(app.lastFrame, 'Port 465: probing it again.');
	const again = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
	expect(again).toMatch(/25 \(\d+\)\s+-\s+✖ FAIL/);
	expect(again).toMatch(/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/);
	expect(again).toContain('Host smtp.lab.test - Port 465 - Encryption SSL/TLS');
});

it('o opens the options; a longer greeting timeout and fewer ports re-run with them', async () => {
	const runs: ProbeOptions[] = [];
	const app = await fixture.mount({initialRequest: lab, wrapServices: recording(runs)});
	await waitForText(app.lastFrame, finished, labRunTimeoutMs);
	app.stdin.write('o');
	await waitForText(app.lastFrame, 'Options for this run');
	// Ports first: "465,587"; then down to the greeting timeout.
	app.stdin.write(`${keys.ctrlU}465,587`);
	await waitForText(app.lastFrame, /› Ports\s+465,587/);
	app.stdin.write(`${keys.down}${keys.down}${keys.down}`);
	await waitForText(app.lastFrame, /› Greeting timeout/);
	app.stdin.write(`${keys.ctrlU}30s\r`);
	await waitFor(() => runs.length === 2);
	expect(runs[1]?.ports).toEqual([465, 587]);
	expect(runs[1]?.timeouts?.greeting).toBe(30_000);
	// The first run's finished table stays on screen until the second one replaces it: wait
	// for the new table (no 2525 row) to finish.
	const table = await waitForFrame(
		app.lastFrame,
		(frame) => finished.test(frame) && !/2525 \(\d+\)/.test(frame),
		labRunTimeoutMs,
	);
	expect(table).not.toMatch(/25 \(\d+\)/);
	expect(table).toMatch(/587 \(\d+\)\s+STARTTLS/);
});

it('a bad value keeps the options open, on that field, with the reason', async () => {
	const app = await fixture.mount({initialRequest: lab});
	await waitForText(app.lastFrame, finished, labRunTimeoutMs);
	app.stdin.write('o');
	await waitForText(app.lastFrame, 'Options for this run');
	app.stdin.write(`${keys.down}${keys.down}${keys.ctrlU}soon\r`);
	const error = await waitForText(app.lastFrame, '"soon" is not a duration');
	expect(error).toMatch(/› Connect timeout ✘/);
	app.stdin.write(keys.escape);
	await waitForText(app.lastFrame, finished);
});

it('r after a fix marks the row that went from FAIL to OK', async () => {
	let isOpen = false;
	// A firewall that the user opens: first every greeting is refused, then SMTP answers.
	const server = fixture.track(
		await startTcpServer((socket) => {
			if (isOpen) {
				scriptedSmtp({banner: '220 mail.example.test ESMTP'})(socket);
			} else {
				socket.end('554 5.7.1 blocked\r\n');
			}
		}),
	);
	const app = await fixture.mount({
		initialRequest: {host: '127.0.0.1', ports: [server.port], title: 'Firewall'},
		appOptions: {mode: 'none'},
	});
	await waitForText(app.lastFrame, /✖ FAIL/, labRunTimeoutMs);
	isOpen = true;
	app.stdin.write('r');
	const fixed = await waitForText(app.lastFrame, /↑ was FAIL/, labRunTimeoutMs);
	expect(fixed).not.toMatch(new RegExp(`${server.port}\\s+\\S+\\s+✖ FAIL`));
});

it('--watch runs again after each run until q', async () => {
	const runs: ProbeOptions[] = [];
	const app = await fixture.mount({
		initialRequest: {...lab, ports: [465]},
		watchMs: 1000,
		wrapServices: recording(runs),
	});
	await waitForText(app.lastFrame, /Watching: next run in \d s \(every 1 s\)/, labRunTimeoutMs);
	await waitFor(() => runs.length >= 2, {timeoutMs: labRunTimeoutMs});
	app.stdin.write('q');
	await waitForFrame(app.lastFrame, () => app.exitCodes.length > 0);
	expect(app.exitCodes).toEqual([0]);
});

it('s in a folder that is gone asks where ($HOME first), and never replaces a non-report', async () => {
	const previous = process.cwd();
	const previousHome = process.env['HOME'];
	const home = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-home-'));
	const gone = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-gone-'));
	process.chdir(gone);
	rmSync(gone, {recursive: true});
	process.env['HOME'] = home;
	try {
		const app = await fixture.mount({initialRequest: {...lab, ports: [465]}});
		await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		app.stdin.write('s');
		const question = await waitForText(app.lastFrame, 'where should the report go?');
		expect(question).toContain(home);
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Report saved to');
		expect(readdirSync(home).filter((name) => name.endsWith('.md'))).toHaveLength(1);

		const notes = path.join(home, 'notes.txt');
		writeFileSync(notes, 'my notes\n');
		app.stdin.write('s');
		await waitForText(app.lastFrame, 'where should the report go?');
		app.stdin.write(`${keys.ctrlU}${notes}\r`);
		await waitForText(app.lastFrame, 'is not an smtp-doctor report: not replaced');
		expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
	} finally {
		process.chdir(previous);
		process.env['HOME'] = previousHome;
		rmSync(home, {recursive: true, force: true});
	}
});

it('the custom host takes host:port from a paste, spaces trimmed', async () => {
	const app = await fixture.mount();
	await waitForText(app.lastFrame, 'Custom host...');
	// Home row 9 is "Custom host...".
	app.stdin.write('9');
	await waitForText(app.lastFrame, '› Host');
	app.stdin.write('\u001B[200~  127.0.0.1:2526  \u001B[201~');
	await waitForText(app.lastFrame, /› Host\s+127\.0\.0\.1:2526\s*$/m);
	app.stdin.write(keys.enter);
	await waitForText(app.lastFrame, /› Ports\s+2526\s*$/m);
});
