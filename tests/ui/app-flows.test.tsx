import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {vi, describe, expect, it} from 'vitest';
import {startLab} from '../../source/lab/lab.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, pressAndWait, waitForFrame, waitForText} from './ui-helpers.js';

const fixture = appFixture();

/** Moves the Home selection down to the item whose label contains `label`, then presses Enter. */
async function choose(app: Harness, label: string): Promise<void> {
	for (let step = 0; step < 60; step++) {
		const frame = await waitForText(app.lastFrame, '❯');
		const selected = frame.split('\n').find((line) => line.includes('❯')) ?? '';
		if (selected.includes(label)) {
			app.stdin.write(keys.enter);
			return;
		}

		app.stdin.write(keys.down);
		await waitForFrame(
			app.lastFrame,
			(next) => next.split('\n').find((line) => line.includes('❯')) !== selected,
		);
	}

	throw new Error(`No Home item "${label}"`);
}

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;
// A lab run takes about a second; the margin is for a machine shared by many test runs.
const labRunTimeoutMs = 45_000;

describe('Home', () => {
	it('lists Hostinger first, more providers, custom host, labs, the error decoder, Practice, Learn and Quit', async () => {
		const app = await fixture.mount();
		const frame = await waitForText(app.lastFrame, 'Custom host...');
		const labels = frame
			.split('\n')
			.filter((line) => /^[❯ ] \S/.test(line))
			.map((line) => line.slice(2).trim());
		expect(labels[0]).toBe('Hostinger Email (smtp.hostinger.com)');
		expect(labels.slice(-9)).toEqual([
			expect.stringMatching(/^More providers\.\.\. \(\d+ more\)$/),
			'Find my settings from my email address...',
			'Custom host...',
			'Local lab (offline demo)',
			'Lab: classic mistakes',
			'I have an error message...',
			'Practice: classic mistakes on real lab servers, with a score',
			'Learn: SSL, TLS, STARTTLS and the ports',
			'Quit',
		]);
		expect(frame.split('\n').find((line) => line.includes('❯'))).toContain('Hostinger');
	});

	it('lists every provider under "More providers..." and goes back with Esc', async () => {
		const app = await fixture.mount();
		await choose(app, 'More providers...');
		const list = await waitForText(app.lastFrame, /All providers \(\d+\)/);
		expect(list).toContain('Hostinger Email');
		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, 'Custom host...');
	});

	it('quits from the Quit item with exit code 0', async () => {
		const app = await fixture.mount();
		await choose(app, 'Quit');
		await waitForFrame(app.lastFrame, () => app.exitCodes.length > 0);
		expect(app.exitCodes).toEqual([0]);
	});
});

describe('provider-like lab, end to end through the real engine', () => {
	it('runs the lab, opens a row, scrolls, goes back, opens the lesson, shows help, quits', async () => {
		const app = await fixture.mount();
		await choose(app, 'Local lab (offline demo)');
		await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		const table = await waitForText(app.lastFrame, 'Host smtp.lab.test - Port 465');
		expect(table).toContain('LAB');
		expect(table).toMatch(/Port\s+Encryption\s+Status\s+Time\s+What it means/);
		expect(table).toMatch(/25 \(\d+\)\s+-\s+✖ FAIL\s+\d+ ms\s+Connection refused/);
		expect(table).toMatch(/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/);
		expect(table).toMatch(/587 \(\d+\)\s+STARTTLS\s+✔ OK/);
		expect(table).toMatch(/2525 \(\d+\)\s+STARTTLS\s+✔ OK/);
		expect(table).toContain('Host smtp.lab.test - Port 465 - Encryption SSL/TLS - Authentication:');
		expect(table).toContain('stands for: outbound 25 blocked by the ISP');

		app.stdin.write('j');
		await waitForText(app.lastFrame, /› 465/);
		app.stdin.write(keys.enter);
		const detail = await waitForText(app.lastFrame, 'Timeline');
		expect(detail).toMatch(/Port 465 on smtp\.lab\.test \(lab: real port \d+\)/);
		expect(detail).toContain('Implicit TLS works');
		expect(detail).toMatch(/✔ tls\s+\+\s*\d+ ms/);
		const firstLine = (frame: string) => frame.split('\n')[1];
		app.stdin.write(keys.pageDown);
		const scrolled = await waitForFrame(
			app.lastFrame,
			(frame) => firstLine(frame) !== firstLine(detail),
		);
		expect(scrolled).toMatch(/lines \d+-\d+ of \d+/);
		app.stdin.write('G');
		// QUIT is sent without waiting for the 221: the transcript ends with our note.
		const bottom = await waitForText(app.lastFrame, 'QUIT sent; closing without waiting');
		expect(bottom).toContain('C: EHLO client.test');

		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, /› 465/);
		app.stdin.write('l');
		const lesson = await waitForText(app.lastFrame, 'Port 465: implicit TLS submission');
		expect(lesson).toMatch(/RFC 8314/);
		expect(lesson).toContain('not deprecated');
		app.stdin.write(keys.backspace);
		await waitForText(app.lastFrame, finished);

		app.stdin.write('?');
		const help = await waitForText(app.lastFrame, 'Keys');
		for (const key of ['Enter', 'Esc', 'r ', 'l ', 's ', '?', 'q']) {
			expect(help).toContain(key);
		}

		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, finished);
		app.stdin.write('q');
		await waitForFrame(app.lastFrame, () => app.exitCodes.length > 0);
		expect(app.exitCodes).toEqual([0]);
	});

	it('re-runs with r and shows fresh results', async () => {
		const app = await fixture.mount({
			initialRequest: {
				host: 'smtp.lab.test',
				ports: [465, 587],
				lab: 'provider-like',
				title: 'Lab',
			},
		});
		await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		app.stdin.write('r');
		// Shown until run 2 finishes: look through every frame drawn.
		await waitForFrame(
			() => app.frames.join('\n'),
			(frames) => frames.includes('Run 2 started'),
		);
		await waitForText(app.lastFrame, /Probing|WAIT/);
		const again = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(again).toMatch(/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/);
	});
});

describe('classic mistakes lab', () => {
	it('names each mistake and opens the lesson explaining the expired certificate', async () => {
		const app = await fixture.mount();
		await choose(app, 'Lab: classic mistakes');
		const table = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(table).toMatch(/25 \(\d+\)\s+-\s+✖ FAIL.*Greeting refused/);
		expect(table).toMatch(/465 \(\d+\)\s+STARTTLS\s+▲ WARN.*SSL\/TLS on a STARTTLS port/);
		expect(table).toMatch(/587 \(\d+\)\s+NONE\s+✖ FAIL/);
		expect(table).toMatch(/2525 \(\d+\)\s+STARTTLS\s+✖ FAIL.*Certificate expired/);
		for (const port of [465, 587, 2525]) {
			app.stdin.write(keys.down);
			await waitForText(app.lastFrame, new RegExp(`› ${port}`));
		}

		const selected = await waitForText(app.lastFrame, /› 2525/);
		expect(selected).toContain('certificate expired (in 2021)');
		app.stdin.write(keys.enter);
		const detail = await waitForText(app.lastFrame, 'Timeline');
		expect(detail).toMatch(/expired/i);
		app.stdin.write('l');
		const lesson = await waitForFrame(app.lastFrame, (frame) => !frame.includes('Timeline'));
		expect(lesson).toMatch(/certificate/i);
		expect(lesson).toMatch(/expired|expir/i);
	});
});

describe('presets and the custom host', () => {
	it('probes a preset (pointed at loopback servers) and greys out ports it does not offer', async () => {
		const lab = fixture.track(await startLab('provider-like'));
		const ports = lab.ports.map((port) => port.realPort);
		const [closed, implicit, starttls] = ports as [number, number, number, number];
		const app = await fixture.mount({
			presets: [
				{
					id: 'loopback-mail',
					label: 'Loopback Mail',
					host: '127.0.0.1',
					ports: [closed, implicit, starttls],
					notOfferedPorts: [closed],
					authHint: 'your full email address',
				},
			],
		});
		await choose(app, 'Loopback Mail');
		const table = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(table).toMatch(new RegExp(`${closed}\\s+-\\s+● INFO`));
		expect(table).toMatch(new RegExp(`${starttls}\\s+STARTTLS`));
		// The lab CA is not trusted outside the lab: the certificate verdicts say so.
		expect(table).toMatch(/FAIL|WARN/);
	});

	it('validates the form inline, then probes the custom host', async () => {
		const app = await fixture.mount();
		await choose(app, 'Custom host...');
		await waitForText(app.lastFrame, 'Enter or Tab: next field');
		app.stdin.write('bad_host!');
		// The error shows from "bad_" on: wait for the whole value before taking it back.
		await waitForText(app.lastFrame, /"bad_host!" is not a valid part of a host name/);
		for (let index = 0; index < 'bad_host!'.length; index++) {
			await pressAndWait(app, keys.backspace);
		}

		await waitForFrame(app.lastFrame, (frame) => !frame.includes('bad_host'));
		app.stdin.write('127.0.0.1');
		await waitForText(app.lastFrame, '127.0.0.1');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, /› Ports/);
		for (let index = 0; index < '25,465,587,2525'.length; index++) {
			await pressAndWait(app, keys.backspace);
		}

		app.stdin.write('70000');
		await waitForText(app.lastFrame, /"70000" is not a number from 1 to 65535/);
		for (let index = 0; index < 5; index++) {
			await pressAndWait(app, keys.backspace);
		}

		const lab = fixture.track(await startLab('classic-mistakes'));
		const rejecting = lab.portMap[25]!;
		app.stdin.write(String(rejecting));
		await waitForFrame(
			app.lastFrame,
			(frame) => frame.includes(String(rejecting)) && !frame.includes('70000'),
		);
		app.stdin.write(keys.enter);
		const table = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(table).toMatch(new RegExp(`${rejecting}\\s+-\\s+✖ FAIL`));
		expect(table).toContain('No port works. Most likely cause:');
		expect(table).toContain('Next step:');
	});
});

describe('terminal size', () => {
	it('drops the Time column below 80 columns and adapts on resize', async () => {
		const app = await fixture.mount({
			initialRequest: {host: 'smtp.lab.test', ports: [465], lab: 'provider-like', title: 'Lab'},
		});
		const wide = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(wide).toMatch(/Status\s+Time/);
		Object.defineProperty(app.stdout, 'columns', {value: 64, configurable: true});
		app.stdout.emit('resize');
		const narrow = await waitForFrame(app.lastFrame, (frame) => !/Status\s+Time/.test(frame));
		expect(narrow).toMatch(/Encryption\s+Status\s+What it means/);
		for (const line of narrow.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(64);
		}
	});
});

describe('saving a report', () => {
	it('writes a redacted Markdown report in the current directory and says where', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-report-'));
		const previous = process.cwd();
		process.chdir(directory);
		try {
			const app = await fixture.mount({
				initialRequest: {host: 'smtp.lab.test', ports: [465], lab: 'provider-like', title: 'Lab'},
			});
			await waitForText(app.lastFrame, finished, labRunTimeoutMs);
			app.stdin.write('s');
			const saved = await waitForText(app.lastFrame, 'Report saved to');
			const files = readdirSync(directory).filter((name) => name.endsWith('.md'));
			expect(files).toHaveLength(1);
			const file = path.join(directory, files[0]!);
			expect(saved.replaceAll('\n', '')).toContain(files[0]);
			const markdown = readFileSync(file, 'utf8');
			expect(markdown).toMatch(/^# smtp-doctor: /);
			expect(markdown).toContain('| 465 | SSL/TLS |');
		} finally {
			process.chdir(previous);
			if (existsSync(directory)) {
				rmSync(directory, {recursive: true, force: true});
			}
		}
	});
});

describe('language', () => {
	it('switches Home and the lab table to Indonesian with L, verdicts included', async () => {
		const app = await fixture.mount({
			initialRequest: {host: 'smtp.lab.test', ports: [25, 465], lab: 'provider-like', title: 'Lab'},
		});
		const english = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		expect(english).toContain('What it means');
		app.stdin.write('L');
		const indonesian = await waitForText(app.lastFrame, 'Pakai setting ini di mail client Anda:');
		expect(indonesian).not.toContain('What it means');
		expect(indonesian).toMatch(/25 \(\d+\)\s+-\s+✖ GAGAL/);
		expect(indonesian).not.toContain('Connection refused');
		app.stdin.write('L');
		await waitForText(app.lastFrame, 'Use these settings in your mail client:');
	});

	it('starts in Indonesian when the language is id', async () => {
		const app = await fixture.mount({lang: 'id'});
		const home = await waitForText(app.lastFrame, 'Host lain');
		expect(home).toContain('Keluar');
	});
});
