// Where the AUTH secret comes from: standard input (--password-stdin, for scripts), the
// SMTP_DOCTOR_PASSWORD environment variable, or (discouraged) a --password flag. The secret is
// returned to the caller only; nothing here prints it or puts it in an error message.

/** Name of the environment variable holding the password or XOAUTH2 token. */
export const passwordEnvName = 'SMTP_DOCTOR_PASSWORD';

/** Upper bound for a secret read from standard input (OAuth2 tokens run to a few KiB). */
export const maxSecretBytes = 16 * 1024;

/** Where a secret was read from. */
export type SecretSource = 'stdin' | 'env' | 'flag' | 'prompt';

/** A secret and where it came from, with warnings to show the user. */
export type SecretResult = {
	readonly secret: string;
	readonly source: SecretSource;
	readonly warnings: readonly string[];
};

/** A one-line, secret-free problem with the secret's source (exit code 2). */
export class SecretError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SecretError';
	}
}

export const processListWarning =
	'Warning: --password is visible to other users of this machine in the process list (ps) and may land in your shell history; prefer SMTP_DOCTOR_PASSWORD or --password-stdin.';

/** Options of `readSecret`. */
export type ReadSecretOptions = {
	readonly env?: NodeJS.ProcessEnv;
	readonly passwordStdin?: boolean;
	readonly stdin?: NodeJS.ReadableStream & {readonly isTTY?: boolean};
	/** Value of a --password flag, when the CLI offers one. */
	readonly password?: string;
	readonly signal?: AbortSignal;
};

/**
 * Reads the secret from the first configured source: --password-stdin, then --password,
 * then SMTP_DOCTOR_PASSWORD. Resolves undefined when none is configured (the caller may
 * then prompt). Rejects with a `SecretError` on bad input.
 */
export async function readSecret(options: ReadSecretOptions): Promise<SecretResult | undefined> {
	const env = options.env ?? process.env;
	if (options.passwordStdin && options.password !== undefined) {
		throw new SecretError('Use either --password-stdin or --password, not both.');
	}

	if (options.passwordStdin) {
		const stdin = options.stdin ?? process.stdin;
		if (stdin.isTTY) {
			throw new SecretError(
				'--password-stdin reads a pipe (e.g. `pass show mail | smtp-doctor check ...`); on a terminal leave it out and you will be asked for the password without echo.',
			);
		}

		const secret = stripOneNewline(await readAll(stdin, options.signal));
		if (secret.length === 0) {
			throw new SecretError('--password-stdin: standard input was empty.');
		}

		return {secret, source: 'stdin', warnings: []};
	}

	if (options.password !== undefined) {
		if (options.password.length === 0) {
			throw new SecretError('--password is empty.');
		}

		return {secret: options.password, source: 'flag', warnings: [processListWarning]};
	}

	const fromEnv = env[passwordEnvName];
	if (fromEnv !== undefined && fromEnv.length > 0) {
		return {secret: fromEnv, source: 'env', warnings: []};
	}

	return undefined;
}

function stripOneNewline(text: string): string {
	return text.replace(/\r?\n$/, '');
}

async function readAll(stream: NodeJS.ReadableStream, signal?: AbortSignal): Promise<string> {
	const chunks: Buffer[] = [];
	let total = 0;
	return new Promise<string>((resolve, reject) => {
		const cleanup = (): void => {
			stream.off('data', onData);
			stream.off('end', onEnd);
			stream.off('error', onError);
			signal?.removeEventListener('abort', onAbort);
		};

		const onData = (chunk: Buffer | string): void => {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			total += buffer.length;
			if (total > maxSecretBytes) {
				cleanup();
				stream.pause();
				reject(
					new SecretError(`--password-stdin: more than ${maxSecretBytes} bytes on standard input.`),
				);
				return;
			}

			chunks.push(buffer);
		};

		const onEnd = (): void => {
			cleanup();
			const text = Buffer.concat(chunks).toString('utf8');
			if (text.includes('\0')) {
				reject(new SecretError('--password-stdin: the input contains a NUL byte.'));
				return;
			}

			resolve(text);
		};

		const onError = (error: Error): void => {
			cleanup();
			reject(
				new SecretError(`--password-stdin: could not read standard input (${errorCode(error)}).`),
			);
		};

		const onAbort = (): void => {
			cleanup();
			reject(new SecretError('Cancelled while reading the password.'));
		};

		stream.on('data', onData);
		stream.on('end', onEnd);
		stream.on('error', onError);
		signal?.addEventListener('abort', onAbort, {once: true});
		stream.resume();
	});
}

function errorCode(error: Error): string {
	const {code} = error as NodeJS.ErrnoException;
	return code ?? error.name;
}

/** Streams `promptHidden` needs: a raw-mode capable input and an output for the question. */
export type PromptStreams = {
	readonly input: NodeJS.ReadStream;
	readonly output: NodeJS.WritableStream;
};

/**
 * Asks for a secret on a terminal without echoing it (headless `check` on a TTY). The TUI
 * uses the masked Ink prompt instead. Rejects with `SecretError` on Ctrl+C or Ctrl+D.
 */
export async function promptHidden(question: string, streams: PromptStreams): Promise<string> {
	const {input, output} = streams;
	if (!input.isTTY) {
		throw new SecretError('Cannot ask for the password: standard input is not a terminal.');
	}

	// Echo goes off before the question appears, so nothing typed after it is ever shown.
	const wasRaw = input.isRaw;
	input.setRawMode(true);
	input.resume();
	output.write(question);
	let value = '';
	return new Promise<string>((resolve, reject) => {
		const finish = (error?: SecretError): void => {
			input.off('data', onData);
			input.setRawMode(wasRaw);
			input.pause();
			output.write('\n');
			if (error) {
				reject(error);
			} else {
				resolve(value);
			}
		};

		const onData = (chunk: Buffer | string): void => {
			for (const char of chunk.toString()) {
				if (char === '\r' || char === '\n') {
					finish();
					return;
				}

				if (char === '\u0003' || char === '\u0004') {
					finish(new SecretError('Cancelled: no password entered.'));
					return;
				}

				if (char === '\u007F' || char === '\b') {
					value = [...value].slice(0, -1).join('');
				} else if (char >= ' ') {
					value += char;
				}
			}
		};

		input.on('data', onData);
	});
}
