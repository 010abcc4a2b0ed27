// Pastes and fast typing arrive as one chunk: Enter inside it must submit, never be inserted
// raw, and what follows Enter must never land in the visible field (it may be a password).
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {useState} from 'react';
import {expect, test} from 'vitest';
import {CustomHostForm} from '../../source/ui/screens/custom-host-form.js';
import {useCustomHostForm} from '../../source/ui/hooks/use-custom-host-form.js';
import {SafeTextInput} from '../../source/ui/widgets/safe-text-input.js';
import {waitFor} from '../helpers/wait-for.js';
import {keys, plain} from './ui-helpers.js';

function Login({onDone}: {readonly onDone: (user: string, secret: string) => void}) {
	const [user, setUser] = useState<string>();
	const [value, setValue] = useState('');
	const [secret, setSecret] = useState('');
	return user === undefined ? (
		<Box>
			<Text>User: </Text>
			<SafeTextInput value={value} onChange={setValue} onSubmit={setUser} />
		</Box>
	) : (
		<Box>
			<Text>Password: </Text>
			<SafeTextInput
				mask="*"
				value={secret}
				onChange={setSecret}
				onSubmit={(next) => {
					onDone(user, next);
				}}
			/>
		</Box>
	);
}

async function settle(): Promise<void> {
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
}

test('"me<Enter>pw123456" in one chunk submits "me"; the rest never shows in any field', async () => {
	const done: string[][] = [];
	const frames: string[] = [];
	const {stdin, lastFrame, unmount} = render(<Login onDone={(...args) => done.push(args)} />);
	await waitFor(() => lastFrame()?.includes('User:') === true);
	await settle();
	stdin.write('me\rpw123456');
	await waitFor(() => lastFrame()?.includes('Password:') === true);
	await settle();
	frames.push(plain(lastFrame()));
	stdin.write('ok');
	await waitFor(() => lastFrame()?.includes('Password: **') === true);
	stdin.write(keys.enter);
	await waitFor(() => done.length === 1);
	expect(done).toEqual([['me', 'ok']]);
	expect(frames.join('\n')).not.toContain('pw123456');
	unmount();
});

test('a paste with Enter and control characters: text before Enter, no raw controls', async () => {
	const submitted: string[] = [];
	function Field() {
		const [value, setValue] = useState('abc');
		return (
			<SafeTextInput value={value} onChange={setValue} onSubmit={(next) => submitted.push(next)} />
		);
	}

	const {stdin, unmount} = render(<Field />);
	await settle();
	stdin.write(' d\u0007ef\rxyz');
	await waitFor(() => submitted.length === 1);
	expect(submitted).toEqual(['abc def']);
	unmount();
});

function Form({onSubmit}: {readonly onSubmit: (ports: readonly number[]) => void}) {
	const form = useCustomHostForm(true, (target) => {
		onSubmit(target.ports);
	});
	return <CustomHostForm form={form} isFocused />;
}

test('custom host form: host pasted with Enter moves on; Backspace then typing edits at the end', async () => {
	const submitted: Array<readonly number[]> = [];
	const {stdin, lastFrame, unmount} = render(<Form onSubmit={(ports) => submitted.push(ports)} />);
	await waitFor(() => lastFrame()?.includes('25,465,587,2525') === true);
	await settle();
	stdin.write('mail.example.test\r');
	await waitFor(() => /› Ports/.test(plain(lastFrame())));
	await settle();
	stdin.write(keys.backspace);
	await waitFor(() => /Ports 25,465,587,252\s*$/m.test(plain(lastFrame())));
	stdin.write('6\u007F\u007F2526');
	await waitFor(() => lastFrame()?.includes('25,465,587,252526') === true);
	stdin.write('\u007F\u007F\r');
	await waitFor(() => submitted.length === 1);
	expect(submitted).toEqual([[25, 465, 587, 2525]]);
	unmount();
});
