import {useInput} from 'ink';
import {render} from '../helpers/render.js';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {CredentialsPrompt} from '../../source/ui/probe/credentials-prompt.js';
import {SendConfirm} from '../../source/ui/probe/send-confirm.js';
import {containsSecret} from '../../source/engine/redact.js';
import {secretMask} from '../../source/ui/widgets/text-field.js';
import {stripAnsi, tick, waitFor} from '../helpers/wait-for.js';

const canary = 'canary-S3cr3t-7f3a';
const user = 'alice@example.test';
const instances: Array<{unmount: () => void}> = [];
afterEach(() => {
	for (const instance of instances.splice(0)) {
		instance.unmount();
	}
});

function renderTracked(tree: React.ReactElement) {
	const instance = render(tree);
	instances.push(instance);
	return instance;
}

function KeyCounter({seen}: {readonly seen: string[]}) {
	useInput((input) => {
		seen.push(input);
	});
	return null;
}

describe('CredentialsPrompt', () => {
	it('masks the secret with a fixed-width mask and submits it; no frame ever shows it', async () => {
		const onSubmit = vi.fn();
		const {stdin, lastFrame, frames} = renderTracked(
			<CredentialsPrompt user={user} host="smtp.example.test" onSubmit={onSubmit} />,
		);
		expect(stripAnsi(lastFrame() ?? '')).toContain(`Log in to smtp.example.test as ${user}`);
		await tick();
		stdin.write(canary);
		await waitFor(() => stripAnsi(lastFrame() ?? '').includes(`Password: ${secretMask}`), {
			message: 'mask',
		});
		// The mask says something was typed, never how much.
		expect(stripAnsi(lastFrame() ?? '')).not.toContain('*'.repeat(secretMask.length + 1));
		await tick();
		stdin.write('\r');
		await waitFor(() => onSubmit.mock.calls.length === 1, {message: 'submit'});
		expect(onSubmit).toHaveBeenCalledWith(canary);
		for (const frame of frames) {
			expect(containsSecret(frame, canary, user)).toBe(false);
		}
	});

	it('does not submit an empty secret and says so', async () => {
		const onSubmit = vi.fn();
		const {stdin, lastFrame} = renderTracked(
			<CredentialsPrompt user={user} host="h" onSubmit={onSubmit} />,
		);
		await tick();
		stdin.write('\r');
		await waitFor(() => stripAnsi(lastFrame() ?? '').includes('Type the password first'), {
			message: 'hint',
		});
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('asks for an access token for XOAUTH2 and goes back on Esc', async () => {
		const onCancel = vi.fn();
		const {stdin, lastFrame} = renderTracked(
			<CredentialsPrompt
				user={user}
				host="h"
				mechanism="XOAUTH2"
				onSubmit={vi.fn()}
				onCancel={onCancel}
			/>,
		);
		expect(stripAnsi(lastFrame() ?? '')).toContain('Access token:');
		await tick();
		stdin.write('\u001B');
		await waitFor(() => onCancel.mock.calls.length === 1, {message: 'cancel'});
	});

	it('ignores keys while inactive, and takes them once active (positive control)', async () => {
		const onSubmit = vi.fn();
		const seen: string[] = [];
		// Another handler stays active, as the app's global keys do: the keys demonstrably
		// reach the app, and the inactive prompt ignores them.
		const tree = (isActive: boolean) => (
			<>
				<KeyCounter seen={seen} />
				<CredentialsPrompt user={user} host="h" isActive={isActive} onSubmit={onSubmit} />
			</>
		);
		const app = renderTracked(tree(false));
		await tick();
		app.stdin.write('abc\r');
		await waitFor(() => seen.length === 4, {message: 'keys delivered'});
		expect(stripAnsi(app.lastFrame() ?? '')).not.toContain(secretMask);
		expect(onSubmit).not.toHaveBeenCalled();
		app.rerender(tree(true));
		await tick();
		app.stdin.write('abc\r');
		await waitFor(() => onSubmit.mock.calls.length === 1, {message: 'submit once active'});
		expect(onSubmit).toHaveBeenCalledWith('abc');
	});
});

describe('SendConfirm', () => {
	const details = {
		from: user,
		to: 'bob@example.org',
		subject: 'smtp-doctor test message',
		server: 'smtp.example.test port 465',
	};

	it('shows From, To, Subject and server, and sends on "y"', async () => {
		const onConfirm = vi.fn();
		const onCancel = vi.fn();
		const {stdin, lastFrame} = renderTracked(
			<SendConfirm details={details} onConfirm={onConfirm} onCancel={onCancel} />,
		);
		const frame = stripAnsi(lastFrame() ?? '');
		expect(frame).toMatch(/From:\s+alice@example\.test/);
		expect(frame).toMatch(/To:\s+bob@example\.org/);
		expect(frame).toMatch(/Subject:\s+smtp-doctor test message/);
		expect(frame).toMatch(/Server:\s+smtp\.example\.test port 465/);
		expect(frame).toContain('Send? [y/N]');
		await tick();
		stdin.write('y');
		await waitFor(() => onConfirm.mock.calls.length === 1, {message: 'confirm'});
		expect(onCancel).not.toHaveBeenCalled();
	});

	for (const [name, key] of [
		['Enter', '\r'],
		['n', 'n'],
		['Esc', '\u001B'],
	] as const) {
		it(`cancels on ${name} (the default is No)`, async () => {
			const onConfirm = vi.fn();
			const onCancel = vi.fn();
			const {stdin} = renderTracked(
				<SendConfirm details={details} onConfirm={onConfirm} onCancel={onCancel} />,
			);
			await tick();
			stdin.write(key);
			await waitFor(() => onCancel.mock.calls.length === 1, {message: 'cancel'});
			expect(onConfirm).not.toHaveBeenCalled();
		});
	}
});
