// Fields are ink-text-input behind the key stream: a burst typed into a field (an SSH burst,
// a password manager's auto-type) acts key by key, and what follows Enter never lands in a
// visible field; a secret shows as a fixed-width mask.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {afterEach, expect, test} from 'vitest';
import {CustomHostForm} from '../../source/ui/screens/custom-host-form.js';
import {useCustomHostForm} from '../../source/ui/hooks/use-custom-host-form.js';
import {secretMask, TextField} from '../../source/ui/widgets/text-field.js';
import {cleanup, render} from '../helpers/render.js';
import {waitFor} from '../helpers/wait-for.js';
import {keys, plain} from './ui-helpers.js';

afterEach(() => {
	cleanup();
});

function Login({onDone}: {readonly onDone: (user: string, secret: string) => void}) {
	const [user, setUser] = useState<string>();
	const [value, setValue] = useState('');
	const [secret, setSecret] = useState('');
	return user === undefined ? (
		<Box>
			<Text>User: </Text>
			<TextField
				isFocused
				value={value}
				onChange={setValue}
				onSubmit={(next) => {
					// Like the login question: an empty name is refused and the field stays.
					if (next !== '') {
						setUser(next);
					}
				}}
			/>
		</Box>
	) : (
		<Box>
			<Text>Password: </Text>
			<TextField
				isFocused
				isSecret
				value={secret}
				onChange={setSecret}
				onSubmit={(next) => {
					onDone(user, next);
				}}
			/>
		</Box>
	);
}

test('"me<Enter>pw123456" auto-typed in one write: the password goes to the masked field', async () => {
	const done: string[][] = [];
	const app = render(<Login onDone={(...args) => done.push(args)} />);
	await waitFor(() => app.lastFrame()?.includes('User:'));
	app.stdin.write('me\rpw123456');
	await waitFor(() => plain(app.lastFrame()).includes(`Password: ${secretMask}`));
	await waitFor(() => app.keys.released === 11);
	app.stdin.write(keys.enter);
	await waitFor(() => done.length === 1);
	expect(done).toEqual([['me', 'pw123456']]);
	expect(app.frames.join('\n')).not.toContain('pw1');
});

test('Enter refused by an empty field drops the rest of its burst: no secret in view', async () => {
	const done: string[][] = [];
	const app = render(<Login onDone={(...args) => done.push(args)} />);
	await waitFor(() => app.lastFrame()?.includes('User:'));
	app.stdin.write('\rsecret1');
	await waitFor(() => app.keys.released === 8);
	// Positive control: the field takes keys from the next burst.
	app.stdin.write('bob');
	await waitFor(() => plain(app.lastFrame()).includes('User: bob'));
	expect(app.frames.map((frame) => plain(frame)).join('\n')).not.toMatch(/s\s*e\s*c\s*r\s*e\s*t/);
});

test('the mask has one width whatever the length of the secret', async () => {
	const app = render(<Login onDone={() => undefined} />);
	app.stdin.write('me\r');
	await waitFor(() => plain(app.lastFrame()).includes('Password:'));
	app.stdin.write('a');
	const short = await waitFor(() => {
		const frame = plain(app.lastFrame());
		return frame.includes(secretMask) ? frame : undefined;
	});
	app.stdin.write('bcdefghijklmnopqrstuvwxyz');
	await waitFor(() => app.keys.released === 4 + 25);
	expect(plain(app.lastFrame())).toBe(short);
	expect(short.trimEnd()).toBe(`Password: ${secretMask}`);
});

function Field({onSubmit}: {readonly onSubmit: (value: string) => void}) {
	const [value, setValue] = useState('abc');
	return (
		<Box>
			<Text>[</Text>
			<TextField isFocused value={value} onChange={setValue} onSubmit={onSubmit} />
			<Text>]</Text>
		</Box>
	);
}

test('a paste with Enter and control characters: text before Enter, nothing after it', async () => {
	const submitted: string[] = [];
	const app = render(<Field onSubmit={(next) => submitted.push(next)} />);
	app.stdin.write(' d\u0007ef\rxyz');
	await waitFor(() => submitted.length === 1);
	await waitFor(() => app.keys.released === 9);
	expect(submitted).toEqual(['abc def']);
	expect(plain(app.lastFrame())).toContain('[abc def');
	expect(plain(app.lastFrame())).not.toContain('xyz');
});

test('Ctrl+U clears the field; other Ctrl and Alt chords insert nothing', async () => {
	const submitted: string[] = [];
	const app = render(<Field onSubmit={(next) => submitted.push(next)} />);
	await waitFor(() => plain(app.lastFrame()).includes('[abc'));
	app.stdin.write('\u0015');
	await waitFor(() => plain(app.lastFrame()).startsWith('[ ]'));
	app.stdin.write('x\u0001\u001Byz\r');
	await waitFor(() => submitted.length === 1);
	expect(submitted).toEqual(['xz']);
});

test('a bracketed paste goes in whole and does not submit', async () => {
	const submitted: string[] = [];
	const app = render(<Field onSubmit={(next) => submitted.push(next)} />);
	app.stdin.write('\u0015\u001B[200~smtp.example.com\r\n\u001B[201~');
	await waitFor(() => plain(app.lastFrame()).includes('[smtp.example.com '));
	expect(submitted).toEqual([]);
});

function Form({onSubmit}: {readonly onSubmit: (ports: readonly number[]) => void}) {
	const form = useCustomHostForm(true, (target) => {
		onSubmit(target.ports);
	});
	return <CustomHostForm form={form} isFocused />;
}

test('custom host form: host pasted with Enter moves on; Backspace then typing edits at the end', async () => {
	const submitted: Array<readonly number[]> = [];
	const app = render(<Form onSubmit={(ports) => submitted.push(ports)} />);
	await waitFor(() => app.lastFrame()?.includes('25,465,587,2525'));
	app.stdin.write('mail.example.test\r');
	await waitFor(() => /› Ports/.test(plain(app.lastFrame())));
	app.stdin.write(keys.backspace);
	await waitFor(() => /Ports 25,465,587,252\s*$/m.test(plain(app.lastFrame())));
	app.stdin.write('6\u007F\u007F2526');
	await waitFor(() => app.lastFrame()?.includes('25,465,587,252526'));
	app.stdin.write('\u007F\u007F\r');
	await waitFor(() => submitted.length === 1);
	expect(submitted).toEqual([[25, 465, 587, 2525]]);
});
