// The client picker of the probe screen against the real lab servers on loopback: `c` on a
// finished run opens it, a client shows the settings `check --client` prints for that run,
// and `y` writes an OSC 52 sequence (to the stdout Ink draws on) whose payload is that
// snippet. A canary password given at login never appears in anything written.
import {describe, expect, it, vi} from 'vitest';
import {secretForms} from '../../source/engine/redact.js';
import {clipboardSequence, maxClipboardBase64} from '../../source/ui/probe/clipboard.js';
import {acceptSilently, startTcpServer} from '../helpers/servers.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});
const fixture = appFixture();
const finished = /Use these settings|No port works/;
const slowMs = 45_000;
const user = 'alice@example.test';
const canary = 'Canary-52c1-Secret!';

const labRequest = (ports: readonly number[]) =>
	({host: 'smtp.lab.test', ports, lab: 'provider-like', title: 'Lab'}) as const;

/** The base64 payloads of the OSC 52 sequences in `written` (plain, tmux or screen form). */
function clipboardPayloads(written: string): string[] {
	const unwrapped = written.replaceAll('\u001B\u001B', '\u001B').replaceAll('\u001B\\\u001BP', '');
	return [...unwrapped.matchAll(/\u001B\]52;c;([A-Za-z\d+/=]*)\u0007/g)].map(
		(match) => match[1] ?? '',
	);
}

function expectNoSecret(text: string): void {
	for (const form of secretForms(canary, user)) {
		expect(text).not.toContain(form);
	}
}

async function openNodemailer(app: Harness): Promise<string> {
	await waitForText(app.lastFrame, finished, slowMs);
	app.stdin.write('c');
	await waitForText(app.lastFrame, 'Settings for your mail client or app');
	await waitForText(app.lastFrame, '❯ nodemailer (Node.js)');
	app.stdin.write(keys.enter);
	return waitForText(app.lastFrame, 'In nodemailer (Node.js)');
}

/** The snippet as the screen shows it: the indented lines under the two header rows. */
function shownSnippet(frame: string): string[] {
	const lines = frame.split('\n');
	const start = lines.findIndex((line) => line.startsWith('  import nodemailer'));
	const end = lines.findIndex((line, index) => index > start && /^(Notes:|↓ \d+ more)/.test(line));
	const shown = lines.slice(start, end).map((line) => line.slice(2).trimEnd());
	while (shown.at(-1) === '') {
		shown.pop();
	}

	return shown;
}

describe('the client picker', () => {
	it('c opens it; nodemailer on an implicit-TLS recommendation says secure: true; y sends the snippet, never the password', async () => {
		const app = await fixture.mount({
			initialRequest: labRequest([465]),
			login: {user, secret: canary},
			columns: 100,
		});
		const frame = await openNodemailer(app);
		expect(frame.replaceAll('\n', ' ')).toContain('port 465, secure: true (recommended)');
		expect(frame).toContain('secure: true,');
		expect(frame).toContain(`auth: {user: '${user}', pass: process.env.SMTP_PASSWORD}`);

		const before = app.frames.length;
		app.stdin.write('y');
		const sent = await waitForText(
			app.lastFrame,
			'Sent to the clipboard with OSC 52 (your terminal must allow it).',
		);
		expect(sent).not.toMatch(/copied/i);
		const written = app.frames.slice(before).join('');
		const payloads = clipboardPayloads(written);
		expect(payloads).toHaveLength(1);
		const decoded = Buffer.from(payloads[0]!, 'base64').toString('utf8');
		// The screen draws a tab as two spaces; otherwise the same lines.
		expect(decoded.replaceAll('\t', '  ').split('\n')).toEqual(shownSnippet(sent));
		expect(decoded).toContain('secure: true,');
		expectNoSecret(decoded);
		expectNoSecret(app.frames.join(''));

		// Esc goes back to the list (cursor kept), Esc again to the table.
		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, '❯ nodemailer (Node.js)');
		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, finished);
	});

	it('nodemailer on a STARTTLS recommendation says secure: false with requireTLS', async () => {
		const app = await fixture.mount({initialRequest: labRequest([587]), columns: 100});
		const frame = await openNodemailer(app);
		expect(frame.replaceAll('\n', ' ')).toContain(
			'port 587, secure: false + requireTLS: true (recommended)',
		);
		expect(frame).toContain('secure: false,');
		expect(frame).toContain('requireTLS: true,');
		expect(frame).not.toContain('secure: true');
		// No user name given: the placeholder.
		expect(frame).toContain("user: 'you@example.com'");
	});

	it('shows the runner-up on Tab', async () => {
		const app = await fixture.mount({initialRequest: labRequest([465, 587]), columns: 100});
		const frame = await openNodemailer(app);
		expect(frame).toMatch(/Tab: the runner-up \(port \d+/);
		const first = /port (\d+), secure/.exec(frame)?.[1];
		app.stdin.write(keys.tab);
		const other = await waitForText(app.lastFrame, '(runner-up)');
		expect(/port (\d+), secure/.exec(other)?.[1]).not.toBe(first);
		expect(other).toContain('Tab: the recommended');
	});

	it('fits at 60x20, with "↓ N more" when the snippet is cut, and scrolls', async () => {
		const app = await fixture.mount({initialRequest: labRequest([465, 587]), columns: 60});
		app.stdout.resize(60, 20);
		await waitForText(app.lastFrame, finished, slowMs);
		app.stdin.write('c');
		const picker = await waitForText(app.lastFrame, '❯ nodemailer');
		expectFits(picker, 60, 20);
		expect(picker).toMatch(/↓ \d+ more/);
		app.stdin.write(keys.enter);
		const snippet = await waitForText(app.lastFrame, 'In nodemailer');
		expectFits(snippet, 60, 20);
		expect(snippet).toMatch(/↓ \d+ more/);
		app.stdin.write('G');
		const end = await waitForFrame(app.lastFrame, (frame) => !/↓ \d+ more/.test(frame));
		expectFits(end, 60, 20);
		expect(end).toContain('Notes:');
	});

	it('says so while the run is going, and when no encrypted setting worked', async () => {
		// A port that accepts and never greets: the run waits for its greeting (2 s in tests).
		const silent = fixture.track(await startTcpServer(acceptSilently));
		const app = await fixture.mount({
			initialRequest: {host: '127.0.0.1', ports: [silent.port], title: 'Silent'},
		});
		await waitForText(app.lastFrame, 'WAIT');
		app.stdin.write('c');
		const early = await waitForText(
			app.lastFrame,
			'Client settings come when the run has finished.',
		);
		expect(early).not.toContain('Settings for your mail client');
		await waitForText(app.lastFrame, 'No port works', slowMs);
		app.stdin.write('c');
		const none = await waitForText(app.lastFrame, 'No encrypted setting worked in this run');
		expect(none).not.toContain('Settings for your mail client');
	});
});

describe('the OSC 52 sequence', () => {
	it('is plain, tmux-wrapped (ESCs doubled) or screen-chunked, and bounded', () => {
		const text = 'héllo\tworld\n'.repeat(20);
		const base64 = Buffer.from(text).toString('base64');
		const plain = clipboardSequence(text);
		expect(plain).toEqual({
			kind: 'sequence',
			sequence: `\u001B]52;c;${base64}\u0007`,
			base64Length: base64.length,
		});
		const tmux = clipboardSequence(text, {multiplexer: 'tmux'});
		expect(tmux.kind === 'sequence' && tmux.sequence).toBe(
			`\u001BPtmux;\u001B\u001B]52;c;${base64}\u0007\u001B\\`,
		);
		const screen = clipboardSequence(text, {multiplexer: 'screen'});
		expect(screen.kind).toBe('sequence');
		if (screen.kind === 'sequence') {
			expect(screen.sequence.startsWith('\u001BP\u001B]52;c;')).toBe(true);
			expect(screen.sequence.endsWith('\u0007\u001B\\')).toBe(true);
			// Every DCS string screen sees stays far under its 768-byte limit.
			for (const part of screen.sequence.split('\u001B\\')) {
				expect(part.length).toBeLessThan(100);
			}

			expect(clipboardPayloads(screen.sequence)).toEqual([base64]);
		}

		expect(clipboardPayloads(tmux.kind === 'sequence' ? tmux.sequence : '')).toEqual([base64]);
		const large = clipboardSequence('x'.repeat((maxClipboardBase64 / 4) * 3 + 3));
		expect(large.kind).toBe('too-large');
		expect(clipboardSequence('pass: Canary!', {secrets: ['Canary!']})).toEqual({
			kind: 'has-secret',
		});
	});
});

function expectFits(frame: string, columns: number, rows: number): void {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThan(rows);
	for (const line of lines) {
		expect([...line].length, line).toBeLessThanOrEqual(columns);
	}
}
