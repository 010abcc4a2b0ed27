// The provider-like lab is a demo mailbox: any user name and password log in after TLS, and a
// confirmed test message is accepted with a made-up queue id, end to end through the TUI.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {mountApp, type Harness} from './app-harness.js';
import {keys, waitFor, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;
const slowMs = 45_000;

let harness: Harness | undefined;

afterEach(async () => {
	harness?.unmount();
	await harness?.settle();
	harness = undefined;
});

const labRequest = {
	host: 'smtp.lab.test',
	ports: [25, 465, 587, 2525],
	lab: 'provider-like',
	title: 'Lab',
} as const;

describe('logging in to the provider-like lab', () => {
	it('accepts any user and password on the TLS ports and sends a confirmed test message', async () => {
		harness = await mountApp({initialRequest: labRequest});
		const app = harness;
		await waitForText(app.lastFrame, finished, slowMs);
		app.stdin.write('a');
		await waitForText(app.lastFrame, 'User name:');
		app.stdin.write('anyone');
		await waitForText(app.lastFrame, 'anyone');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Password:');
		app.stdin.write('whatever');
		await waitForText(app.lastFrame, '********');
		app.stdin.write(keys.enter);
		const table = await waitFor(
			app.lastFrame,
			(frame) => finished.test(frame) && (frame.match(/Login works/g) ?? []).length >= 3,
			slowMs,
		);
		expect(table).not.toMatch(/535 535/);
		expect(table).not.toContain('whatever');

		app.stdin.write(keys.down);
		await waitForText(app.lastFrame, /› 465/);
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Login (AUTH');
		app.stdin.write('t');
		await waitForText(app.lastFrame, 'To:');
		app.stdin.write('bob@example.test');
		await waitForText(app.lastFrame, 'bob@example.test');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'From:');
		app.stdin.write('anyone@example.test');
		await waitForText(app.lastFrame, 'anyone@example.test');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Send? [y/N]');
		app.stdin.write('y');
		const sent = await waitForText(app.lastFrame, /LAB[0-9A-F]{10}/, slowMs);
		expect(sent).toContain('Test message');
	});
});
