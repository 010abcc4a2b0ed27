// The TUI's login step and test message against a real smtp-server on loopback, with a canary
// secret that must appear in no frame and no saved report, in no form (base64 included).
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {secretForms} from '../../source/engine/redact.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {appFixture} from './app-harness.js';
import {secretMask} from '../../source/ui/widgets/text-field.js';
import {keys, plain, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});

const user = 'alice@example.test';
const canary = 'Canary-7f3a-Secret!';
const finished = /Use these settings|No port works/;
// Probe runs on a machine shared by many test runs: generous, since a pass takes ~1 s.
const slowMs = 30_000;

const fixture = appFixture();

type Received = {auths: string[]; mails: string[]};

async function startAuthServer(received: Received): Promise<TestServer> {
	return startSmtpServer({
		authOptional: true,
		allowInsecureAuth: true,
		disabledCommands: ['STARTTLS'],
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth(auth, _session, callback) {
			received.auths.push(auth.username ?? '');
			if (auth.username === user && auth.password === canary) {
				callback(null, {user: auth.username});
			} else {
				callback(new Error('535 5.7.8 Authentication credentials invalid'));
			}
		},
		onData(stream, _session, callback) {
			let text = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				text += chunk;
			});
			stream.on('end', () => {
				received.mails.push(text);
				callback(null, 'Ok: queued as LAB123');
			});
		},
	});
}

function expectNoSecret(text: string): void {
	for (const form of secretForms(canary, user)) {
		expect(text).not.toContain(form);
	}
}

describe('login in the TUI', () => {
	it('asks user and masked password, logs in, sends a confirmed test message, leaks nothing', async () => {
		const received: Received = {auths: [], mails: []};
		const server = fixture.track(await startAuthServer(received));
		const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-login-'));
		const previous = process.cwd();
		process.chdir(directory);
		try {
			const app = await fixture.mount({
				initialRequest: {host: '127.0.0.1', ports: [server.port], title: 'Loopback'},
				// --user and --allow-plaintext-auth (the test server has no TLS).
				login: {user, allowPlaintext: true},
			});
			// --user without SMTP_DOCTOR_PASSWORD: the masked prompt opens right away.
			const prompt = await waitForText(app.lastFrame, 'Password:');
			expect(prompt).toContain(`as ${user}`);
			app.stdin.write(canary);
			await waitForFrame(app.lastFrame, () => app.keys.isIdle());
			const masked = await waitForText(app.lastFrame, `Password: ${secretMask}`);
			expect(masked).not.toContain(canary);
			app.stdin.write(keys.enter);
			await waitForText(app.lastFrame, /Login works|logged in/i, slowMs);
			expect(received.auths).toContain(user);
			await waitForText(app.lastFrame, finished, slowMs);

			// a asks again, the user name prefilled.
			app.stdin.write('a');
			const userFrame = await waitForText(app.lastFrame, 'User name:');
			expect(userFrame).toContain(user);
			app.stdin.write(keys.escape);
			await waitForText(app.lastFrame, finished, slowMs);

			// Port detail: the AUTH result, then the test message with its confirmation.
			app.stdin.write(keys.enter);
			const detail = await waitForText(app.lastFrame, 'Login (AUTH');
			expect(detail).toContain('235');
			app.stdin.write('t');
			await waitForText(app.lastFrame, 'To:');
			app.stdin.write('bob@example.test');
			await waitForText(app.lastFrame, 'bob@example.test');
			app.stdin.write(keys.enter);
			const from = await waitForText(app.lastFrame, 'From:');
			expect(from).toContain(user);
			app.stdin.write(keys.enter);
			const confirm = await waitForText(app.lastFrame, 'Send? [y/N]');
			expect(confirm).toContain('Subject:');
			expect(confirm).toContain(`127.0.0.1 port ${server.port}`);
			expect(received.mails).toHaveLength(0);
			app.stdin.write('y');
			await waitForText(app.lastFrame, 'Test message accepted', slowMs);
			// The queue id is the line after, below a 24-row terminal's fold.
			app.stdin.write(keys.pageDown);
			const sent = await waitForText(app.lastFrame, 'LAB123', slowMs);
			expect(sent).toContain('Test message');
			expect(received.mails).toHaveLength(1);
			expect(received.mails[0]).toContain('To: bob@example.test');

			app.stdin.write('s');
			await waitForText(app.lastFrame, 'Report saved to');
			const files = readdirSync(directory).filter((name) => name.endsWith('.md'));
			expect(files).toHaveLength(1);
			const report = readFileSync(path.join(directory, files[0]!), 'utf8');
			expect(report).toContain('235');
			expectNoSecret(report);
			for (const frame of app.frames) {
				expectNoSecret(plain(frame));
			}
		} finally {
			process.chdir(previous);
			rmSync(directory, {recursive: true, force: true});
		}
	});

	it('shows a refused login in words, and Esc leaves the prompt without logging in', async () => {
		const received: Received = {auths: [], mails: []};
		const server = fixture.track(await startAuthServer(received));
		const app = await fixture.mount({
			initialRequest: {host: '127.0.0.1', ports: [server.port], title: 'Loopback'},
			login: {allowPlaintext: true, secret: 'wrong-password'},
		});
		await waitForText(app.lastFrame, finished, slowMs);
		app.stdin.write('a');
		await waitForText(app.lastFrame, 'User name:');
		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, finished, slowMs);
		expect(received.auths).toHaveLength(0);
		app.stdin.write('a');
		await waitForText(app.lastFrame, 'User name:');
		app.stdin.write('mallory@example.test');
		await waitForText(app.lastFrame, 'mallory@example.test');
		// SMTP_DOCTOR_PASSWORD is set: no password question.
		app.stdin.write(keys.enter);
		const refused = await waitForText(app.lastFrame, /rejected|refused|wrong/i, slowMs);
		expect(received.auths).toContain('mallory@example.test');
		expect(refused).not.toContain('wrong-password');

		// A confirmed test message after a refused login is not sent, and the app says why.
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Login (AUTH');
		app.stdin.write('t');
		await waitForText(app.lastFrame, 'To:');
		app.stdin.write('bob@example.test');
		await waitForText(app.lastFrame, 'bob@example.test');
		app.stdin.write(keys.enter);
		// From is prefilled with the user name (an address).
		await waitForText(app.lastFrame, 'From: mallory@example.test');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Send? [y/N]');
		app.stdin.write('y');
		const unsent = await waitForText(
			app.lastFrame,
			/Test message not sent through port \d+ \(Login refused\)\./,
			slowMs,
		);
		expect(unsent).not.toContain('auth-failed');
		expect(received.mails).toHaveLength(0);
		for (const frame of app.frames) {
			expectNoSecret(plain(frame).replaceAll('wrong-password', ''));
			expect(plain(frame)).not.toContain('wrong-password');
		}
	});
});
