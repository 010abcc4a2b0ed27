// Runs the BUILT CLI (distribution/cli.js) as a child process without a TTY, plus small
// loopback servers the CLI tests need. No fixed sleeps: callers wait for conditions.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import net from 'node:net';
import {fileURLToPath} from 'node:url';
import {waitFor} from '../helpers/wait-for.js';

export const cliPath = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));

/** Fails early with a clear message when the bundle is missing (`npm test` builds first). */
export function assertBuilt(): void {
	if (!existsSync(cliPath)) {
		throw new Error('distribution/cli.js is missing: run `npm run build` (npm test does it)');
	}
}

/** A finished CLI run. */
export type CliRun = {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
};

/** A running CLI process whose output can be watched while it runs. */
export type RunningCli = {
	readonly child: ChildProcess;
	readonly stdout: () => string;
	readonly stderr: () => string;
	readonly done: Promise<CliRun>;
};

/** Environment without colour forcing or locale surprises, plus `env` overrides. */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const base: NodeJS.ProcessEnv = {
		...process.env,
		LANG: 'C',
		LC_ALL: '',
		LC_MESSAGES: '',
		// The cloud-policy reader looks here, not at this machine's DMI files (tests/hostinfo).
		SMTP_DOCTOR_SYSROOT: '/nonexistent-smtp-doctor-sysroot',
	};
	delete base['FORCE_COLOR'];
	delete base['NO_COLOR'];
	delete base['NODE_OPTIONS'];
	return {...base, ...env};
}

/** Starts `node distribution/cli.js ...args` with pipes (no TTY) and stdin closed. */
export function startCli(args: readonly string[], env?: NodeJS.ProcessEnv): RunningCli {
	assertBuilt();
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: cliEnv(env),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const done = new Promise<CliRun>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code, signal) => {
			resolve({code, signal, stdout, stderr});
		});
	});
	return {child, stdout: () => stdout, stderr: () => stderr, done};
}

/** Runs the CLI to the end. */
export async function runCli(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
	return startCli(args, env).done;
}

/** A loopback server and a way to stop it (destroying open sockets first). */
export type LoopbackServer = {
	readonly port: number;
	readonly connections: () => number;
	readonly openSockets: () => number;
	close(): Promise<void>;
};

async function serve(onSocket: (socket: net.Socket) => void): Promise<LoopbackServer> {
	const sockets = new Set<net.Socket>();
	let count = 0;
	const server = net.createServer((socket) => {
		count++;
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
		onSocket(socket);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address() as net.AddressInfo;
	return {
		port: address.port,
		connections: () => count,
		openSockets: () => sockets.size,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}

/** Options of the tiny plain-text SMTP server. */
export type PlainSmtpOptions = {
	/** Delay before the banner (ms), for the concurrency benchmark. */
	readonly bannerDelayMs?: number;
	/** Banner text after "220 " (may be hostile). */
	readonly banner?: string;
	/** Extra EHLO lines (e.g. "STARTTLS"); default PIPELINING only. */
	readonly ehloLines?: readonly string[];
};

/** A minimal plain-text SMTP server: banner, EHLO, QUIT. Enough for `--mode none` to succeed. */
export async function startPlainSmtp(options: PlainSmtpOptions = {}): Promise<LoopbackServer> {
	return serve((socket) => {
		const greet = () => {
			if (!socket.destroyed) {
				socket.write(`220 ${options.banner ?? 'localhost ESMTP test'}\r\n`);
			}
		};

		const timer = options.bannerDelayMs ? setTimeout(greet, options.bannerDelayMs) : undefined;
		socket.on('close', () => {
			clearTimeout(timer);
		});
		if (!timer) {
			greet();
		}

		let buffer = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk: string) => {
			buffer += chunk;
			let index;
			while ((index = buffer.indexOf('\r\n')) !== -1) {
				const line = buffer.slice(0, index);
				buffer = buffer.slice(index + 2);
				const verb = line.split(' ')[0]!.toUpperCase();
				if (verb === 'EHLO') {
					const lines = ['localhost', ...(options.ehloLines ?? []), 'PIPELINING'];
					socket.write(
						lines.map((text, i) => `250${i === lines.length - 1 ? ' ' : '-'}${text}\r\n`).join(''),
					);
				} else if (verb === 'HELO' || verb === 'RSET' || verb === 'NOOP') {
					socket.write('250 ok\r\n');
				} else if (verb === 'QUIT') {
					socket.end('221 bye\r\n');
				} else {
					socket.write('502 not implemented\r\n');
				}
			}
		});
	});
}

/** Accepts connections and never says a word (a tarpit, or a firewall that lets SYN through). */
export async function startTarpit(): Promise<LoopbackServer> {
	return serve(() => undefined);
}

/** A loopback port with nothing listening (connection refused). */
export async function closedPort(): Promise<number> {
	const server = await serve(() => undefined);
	await server.close();
	return server.port;
}

/** Polls `condition` until truthy (default 10 s): tests/helpers/wait-for.ts `waitFor`. */
export async function waitUntil<T>(
	condition: () => T,
	timeoutMs = 10_000,
): Promise<NonNullable<T>> {
	return waitFor(condition, {timeoutMs});
}
