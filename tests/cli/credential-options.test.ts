import {PassThrough, Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {
	confirmSend,
	defaultSendPort,
	formatSendDetails,
	parseMechanism,
	resolveCredentials,
	sendDetails,
} from '../../source/cli/credential-options.js';
import {promptHidden, SecretError} from '../../source/cli/read-secret.js';

const canary = 'canary-S3cr3t-7f3a';
const user = 'alice@example.test';
const context = {host: 'smtp.example.test', ports: [25, 465, 587, 2525], env: {}};

type FakeTty = PassThrough & {
	isTTY: boolean;
	isRaw: boolean;
	setRawMode: (mode: boolean) => FakeTty;
};

function fakeTty(isTTY = true): FakeTty {
	const stream = new PassThrough() as FakeTty;
	stream.isTTY = isTTY;
	stream.isRaw = false;
	stream.setRawMode = (mode: boolean) => {
		stream.isRaw = mode;
		return stream;
	};

	return stream;
}

function asRead(stream: PassThrough | Readable): NodeJS.ReadStream {
	return stream as unknown as NodeJS.ReadStream;
}

function collect(stream: PassThrough): () => string {
	const chunks: string[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
	return () => chunks.join('');
}

describe('resolveCredentials', () => {
	it('returns nothing without --user, and refuses credential flags without it', async () => {
		expect(await resolveCredentials({passwordStdin: false, yes: false}, context)).toEqual({
			warnings: [],
		});
		await expect(resolveCredentials({sendTo: 'bob@example.org'}, context)).rejects.toThrow(
			'--send-to needs --user NAME.',
		);
		await expect(resolveCredentials({passwordStdin: true}, context)).rejects.toThrow(
			/needs --user/,
		);
	});

	it('builds credentials from the environment, with mechanism and safety switches', async () => {
		const result = await resolveCredentials(
			{user, authMech: 'xoauth2', allowPlaintextAuth: true, insecure: true},
			{...context, env: {SMTP_DOCTOR_PASSWORD: canary}},
		);
		expect(result.credentials).toEqual({
			user,
			secret: canary,
			mechanism: 'XOAUTH2',
			allowPlaintext: true,
			allowInsecure: true,
		});
		expect(result.testMessage).toBeUndefined();
	});

	it('reads --password-stdin', async () => {
		const result = await resolveCredentials(
			{user, passwordStdin: true},
			{...context, stdin: asRead(Readable.from([`${canary}\n`]))},
		);
		expect(result.credentials?.secret).toBe(canary);
	});

	it('fails clearly with no password source and no terminal', async () => {
		await expect(
			resolveCredentials({user}, {...context, stdin: asRead(fakeTty(false))}),
		).rejects.toThrow(/set SMTP_DOCTOR_PASSWORD, pipe it with --password-stdin/);
	});

	it('asks without echo on a terminal', async () => {
		const input = fakeTty();
		const output = fakeTty();
		const written = collect(output);
		const pending = resolveCredentials(
			{user},
			{...context, stdin: asRead(input), promptOutput: output as unknown as NodeJS.WriteStream},
		);
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
		input.write(`${canary}\r`);
		const result = await pending;
		expect(result.credentials?.secret).toBe(canary);
		expect(written()).toContain(`Password for ${user}: `);
		expect(written()).not.toContain(canary);
		expect(input.isRaw).toBe(false);
	});

	it('builds the test message: --from defaults to the user, port 465 first', async () => {
		const result = await resolveCredentials(
			{user, sendTo: 'bob@example.org'},
			{...context, env: {SMTP_DOCTOR_PASSWORD: canary}},
		);
		expect(result.testMessage).toMatchObject({
			from: user,
			to: 'bob@example.org',
			port: 465,
			subject: 'smtp-doctor test message',
		});
		expect(result.testMessage?.text).toContain('smtp.example.test port 465');
	});

	it.each([
		[{user: 'alice', sendTo: 'bob@example.org'}, /needs --from/],
		[{user, sendTo: 'not an address'}, /--send-to must be one e-mail address/],
		[{user, sendTo: 'bob@example.org', from: 'x\r\n@y'}, /--from must be/],
		[
			{user, sendTo: 'bob@example.org', sendPort: 993},
			/--send-port must be one of the probed ports/,
		],
		[{user, from: user}, /--from is only used with --send-to/],
		[{user, authMech: 'CRAM-MD5'}, /--auth-mech must be one of PLAIN, LOGIN, XOAUTH2/],
		[{user: 'a\nb'}, /--user must be/],
		[{user, password: canary, passwordStdin: true}, /not both/],
	])('rejects bad flags %#', async (flags, message) => {
		const error = await resolveCredentials(flags, {
			...context,
			env: {SMTP_DOCTOR_PASSWORD: canary},
			stdin: asRead(Readable.from(['x'])),
		}).catch((error_: unknown) => error_);
		expect(error).toBeInstanceOf(SecretError);
		expect((error as Error).message).toMatch(message);
		expect((error as Error).message).not.toContain(canary);
		expect((error as Error).message).not.toContain('\n');
	});

	it('warns that --password shows in the process list', async () => {
		const result = await resolveCredentials({user, password: canary}, context);
		expect(result.warnings.join(' ')).toMatch(/process list/);
	});

	it('helpers', () => {
		expect(parseMechanism('login')).toBe('LOGIN');
		expect(defaultSendPort([25, 587])).toBe(587);
		expect(defaultSendPort([25])).toBe(25);
	});
});

describe('confirmSend', () => {
	const details = sendDetails(
		{from: user, to: 'bob@example.org', subject: 'smtp-doctor test message', text: '', port: 465},
		'smtp.example.test',
	);

	it('--yes skips the question', async () => {
		expect(await confirmSend(details, {yes: true, input: asRead(fakeTty(false))})).toBe(true);
	});

	it('refuses without a terminal and without --yes', async () => {
		await expect(
			confirmSend(details, {input: asRead(fakeTty(false)), output: fakeTty() as never}),
		).rejects.toThrow(/add --yes/);
		await expect(
			confirmSend(details, {
				isStdinUsed: true,
				input: asRead(fakeTty()),
				output: fakeTty() as never,
			}),
		).rejects.toThrow(/add --yes/);
	});

	for (const [answer, expected] of [
		['y\n', true],
		['yes\n', true],
		['\n', false],
		['n\n', false],
	] as const) {
		it(`asks "Send? [y/N]" and treats ${JSON.stringify(answer)} as ${expected}`, async () => {
			const input = fakeTty();
			const output = fakeTty();
			const written = collect(output);
			const pending = confirmSend(details, {input: asRead(input), output: output as never});
			input.write(answer);
			expect(await pending).toBe(expected);
			expect(written()).toContain('Send? [y/N]');
			expect(written()).toContain('Server:  smtp.example.test port 465');
		});
	}

	it('formats the details', () => {
		expect(formatSendDetails(details)).toContain('To:      bob@example.org');
	});
});

describe('promptHidden', () => {
	it('handles backspace and does not echo', async () => {
		const input = fakeTty();
		const output = fakeTty();
		const written = collect(output);
		const pending = promptHidden('Password: ', {input: asRead(input), output});
		input.write('abc\u007Fd\r');
		expect(await pending).toBe('abd');
		expect(written()).toBe('Password: \n');
	});

	it('rejects on Ctrl+C', async () => {
		const input = fakeTty();
		const pending = promptHidden('Password: ', {input: asRead(input), output: fakeTty()});
		input.write('ab\u0003');
		await expect(pending).rejects.toThrow(/Cancelled/);
		expect(input.isRaw).toBe(false);
	});
});
