// The provider-like lab is a demo mailbox: any user name and password log in after TLS, and a
// confirmed test message is accepted with a made-up queue id, end to end through the TUI.
import {describe, expect, it, vi} from 'vitest';
import {appFixture} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;
const slowMs = 45_000;

const fixture = appFixture();

const labRequest = {
	host: 'smtp.lab.test',
	ports: [25, 465, 587, 2525],
	lab: 'provider-like',
	title: 'Lab',
} as const;

describe('logging in to the provider-like lab', () => {
	it('accepts any user and password on the TLS ports and sends a confirmed test message', async () => {
		const app = await fixture.mount({initialRequest: labRequest});
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
		const table = await waitForFrame(
			app.lastFrame,
			(frame) =>
				finished.test(frame) &&
				(frame.match(/Login works/g) ?? []).length >= 3 &&
				!frame.includes('Logging in as'),
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
		const sent = await waitForFrame(
			app.lastFrame,
			(frame) => /LAB[0-9A-F]{10}/.test(frame) && !frame.includes('Sending the test message'),
			slowMs,
		);
		expect(sent).toContain('Test message');
	});

	it('says in plain words why it skipped AUTH on the classic lab port that offers it in clear', async () => {
		const app = await fixture.mount({initialRequest: {...labRequest, lab: 'classic-mistakes'}});
		await waitForText(app.lastFrame, finished, slowMs);
		app.stdin.write('r');
		await waitForText(app.lastFrame, 'Run 2 started.');
		// A question opening clears the run's progress line.
		app.stdin.write('a');
		const form = await waitForText(app.lastFrame, 'User name:');
		expect(form).not.toContain('Run 2 started');
		app.stdin.write('anyone');
		await waitForText(app.lastFrame, 'anyone');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Password:');
		app.stdin.write('whatever');
		await waitForText(app.lastFrame, '********');
		app.stdin.write(keys.enter);
		// Shown while the run goes (it may be brief: look through every frame drawn).
		await waitForFrame(
			() => app.frames.join('\n'),
			(frames) => frames.includes('Logging in as anyone'),
		);
		// The progress line goes once the run with the login has finished.
		await waitForFrame(
			app.lastFrame,
			(frame) => finished.test(frame) && !frame.includes('Logging in as'),
			slowMs,
		);
		for (const port of [465, 587]) {
			app.stdin.write(keys.down);
			await waitForText(app.lastFrame, new RegExp(`› ${port}`));
		}

		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Timeline');
		app.stdin.write('G');
		const bottom = await waitForText(app.lastFrame, 'credentials were not sent');
		expect(bottom).toContain(
			'AUTH skipped: the connection is not encrypted; credentials were not sent',
		);
		expect(bottom).not.toContain('not-encrypted');
	});
});
