// A tiny SmtpChannel over a real node:net / node:tls socket, for testing the AUTH and send
// steps before (and independently of) the engine. It talks to real servers on loopback.
import net from 'node:net';
import tls from 'node:tls';
import {parseCapabilities} from '../../source/engine/reply-parser.js';
import type {
	EhloCapabilities,
	SmtpChannel,
	SmtpReply,
	TlsFacts,
} from '../../source/engine/types.js';

/** A transcript line as the helper records it (what the engine's transcript would show). */
export type HelperEntry = {readonly direction: 'send' | 'receive' | 'note'; readonly text: string};

export type OpenChannelOptions = {
	readonly port: number;
	readonly security: 'none' | 'starttls' | 'implicit';
	readonly ca?: string;
	readonly servername?: string;
	readonly replyTimeoutMs?: number;
};

export type OpenedChannel = {
	readonly channel: SmtpChannel;
	readonly capabilities: EhloCapabilities;
	readonly transcript: HelperEntry[];
	/** Everything written to the socket, raw (to assert the secret did travel, base64-encoded). */
	readonly wire: string[];
	close(): Promise<void>;
};

class LineSocket {
	private buffer = '';
	private readonly lines: string[] = [];
	private waiter: (() => void) | undefined;
	private closed: Error | undefined;
	private readonly onData = (chunk: Buffer) => {
		this.buffer += chunk.toString('utf8');
		let index = this.buffer.indexOf('\n');
		while (index !== -1) {
			this.lines.push(this.buffer.slice(0, index).replace(/\r$/, ''));
			this.buffer = this.buffer.slice(index + 1);
			index = this.buffer.indexOf('\n');
		}

		this.wake();
	};

	private readonly onClose = () => {
		this.closed ??= new Error('connection closed by the server');
		this.wake();
	};

	socket: net.Socket;

	constructor(socket: net.Socket) {
		this.socket = socket;
		this.attach(socket);
	}

	attach(socket: net.Socket): void {
		this.socket.off('data', this.onData);
		this.socket.off('close', this.onClose);
		this.socket = socket;
		socket.on('data', this.onData);
		socket.on('close', this.onClose);
		socket.on('error', (error: Error) => {
			this.closed = error;
			this.wake();
		});
	}

	detach(): void {
		this.socket.off('data', this.onData);
		this.socket.off('close', this.onClose);
	}

	private wake(): void {
		const waiter = this.waiter;
		this.waiter = undefined;
		waiter?.();
	}

	async readLine(timeoutMs: number): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		while (this.lines.length === 0) {
			if (this.closed) {
				throw this.closed;
			}

			const remaining = deadline - Date.now();
			if (remaining <= 0) {
				throw new Error(`timeout: no reply within ${timeoutMs} ms`);
			}

			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, remaining);
				this.waiter = () => {
					clearTimeout(timer);
					resolve();
				};
			});
		}

		return this.lines.shift()!;
	}
}

async function readReply(lines: LineSocket, timeoutMs: number): Promise<SmtpReply> {
	const collected: string[] = [];
	let code = 0;
	for (;;) {
		const line = await lines.readLine(timeoutMs);
		const match = /^(\d{3})([ -])(.*)$/.exec(line);
		if (!match) {
			throw new Error('protocol error: not an SMTP reply');
		}

		code = Number(match[1]);
		collected.push(match[3]!);
		if (match[2] === ' ') {
			break;
		}
	}

	const enhanced = /^([245]\.\d{1,3}\.\d{1,3})(?:\s+|$)/.exec(collected[0] ?? '');
	return {
		code,
		...(enhanced ? {enhancedCode: enhanced[1]} : {}),
		lines: enhanced
			? collected.map((line) => line.replace(/^[245]\.\d{1,3}\.\d{1,3}\s*/, ''))
			: collected,
	};
}

/** Connects, reads the greeting, runs EHLO (and STARTTLS + EHLO), and returns the channel. */
export async function openChannel(options: OpenChannelOptions): Promise<OpenedChannel> {
	const timeoutMs = options.replyTimeoutMs ?? 5000;
	const servername = options.servername ?? 'localhost';
	const transcript: HelperEntry[] = [];
	const wire: string[] = [];
	let tlsFacts: TlsFacts | undefined;
	let isEncrypted = false;

	const upgrade = async (socket: net.Socket | undefined): Promise<tls.TLSSocket> => {
		const secure = tls.connect({
			...(socket ? {socket} : {host: '127.0.0.1', port: options.port}),
			servername,
			...(options.ca ? {ca: [options.ca]} : {}),
			rejectUnauthorized: false,
		});
		await new Promise<void>((resolve, reject) => {
			secure.once('secureConnect', resolve);
			secure.once('error', reject);
		});
		const cert = secure.getPeerCertificate();
		// With rejectUnauthorized false, Node reports a host name mismatch as the authorization
		// error too; the chain itself is trusted in that case.
		const authError = String(secure.authorizationError ?? '');
		tlsFacts = {
			protocol: secure.getProtocol() ?? '',
			cipher: secure.getCipher().name,
			servername,
			isTrusted: secure.authorized || authError === 'ERR_TLS_CERT_ALTNAME_INVALID',
			...(secure.authorizationError ? {trustError: String(secure.authorizationError)} : {}),
			isHostnameMatch: tls.checkServerIdentity(servername, cert) === undefined,
			handshakeMs: 0,
		};
		isEncrypted = true;
		return secure;
	};

	let socket: net.Socket;
	if (options.security === 'implicit') {
		socket = await upgrade(undefined);
	} else {
		socket = net.connect({host: '127.0.0.1', port: options.port});
		await new Promise<void>((resolve, reject) => {
			socket.once('connect', resolve);
			socket.once('error', reject);
		});
	}

	const lines = new LineSocket(socket);
	const write = (text: string) => {
		wire.push(text);
		lines.socket.write(text);
	};

	const receive = async () => {
		const reply = await readReply(lines, timeoutMs);
		transcript.push({direction: 'receive', text: `${reply.code} ${reply.lines.join(' / ')}`});
		return reply;
	};

	await receive();
	write('EHLO client.test\r\n');
	let capabilities = parseCapabilities(await receive());
	if (options.security === 'starttls') {
		write('STARTTLS\r\n');
		const reply = await receive();
		if (reply.code !== 220) {
			throw new Error(`STARTTLS refused: ${reply.code}`);
		}

		lines.detach();
		lines.attach(await upgrade(lines.socket));
		write('EHLO client.test\r\n');
		capabilities = parseCapabilities(await receive());
	}

	const channel: SmtpChannel = {
		get isEncrypted() {
			return isEncrypted;
		},
		get tls() {
			return tlsFacts;
		},
		send(line, sendOptions) {
			transcript.push({direction: 'send', text: sendOptions?.redactAs ?? line});
			write(`${line}\r\n`);
		},
		sendRaw(data, summary) {
			transcript.push({direction: 'send', text: summary});
			write(data);
		},
		readReply: receive,
		note(text) {
			transcript.push({direction: 'note', text});
		},
	};

	return {
		channel,
		capabilities,
		transcript,
		wire,
		async close() {
			const current = lines.socket;
			if (current.destroyed) {
				return;
			}

			await new Promise<void>((resolve) => {
				current.once('close', () => {
					resolve();
				});
				current.destroy();
			});
		},
	};
}
