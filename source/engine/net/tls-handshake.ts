// One TLS handshake over an open stream (implicit TLS or after STARTTLS), bounded by a deadline
// and the abort signal, with its failure named in words and a stable code.
import type {Duplex} from 'node:stream';
import tls from 'node:tls';
import {startDeadline} from '../deadline.js';
import {sanitizeText} from '../sanitize.js';
import {describeTlsAlert, errorCodeOf, opensslReason, tlsAlertNumber} from '../tls-errors.js';

/** Outcome of a TLS handshake. */
export type HandshakeOutcome =
	| {readonly kind: 'ok'; readonly socket: tls.TLSSocket}
	| {
			readonly kind: 'failed';
			readonly reason: string;
			readonly errorCode?: string;
			/** The TLS alert the server sent (RFC 8446 §6), when it sent one. */
			readonly alert?: number;
			readonly isTimeout: boolean;
			readonly isClosed: boolean;
	  }
	| {readonly kind: 'cancelled'};

/** Describes a handshake error in words (the Node/OpenSSL code is kept separately). */
export function describeTlsError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const lower = message.toLowerCase();
	if (lower.includes('wrong version number') || lower.includes('packet length too long')) {
		return 'the server did not answer with TLS (it seems to speak plain text on this port)';
	}

	if (lower.includes('unsupported protocol') || lower.includes('no protocols available')) {
		return 'no TLS version in common with the server';
	}

	if (lower.includes('handshake failure') || lower.includes('no shared cipher')) {
		return 'the server ended the handshake: no cipher or settings in common';
	}

	if (lower.includes('socket disconnected') || lower.includes('econnreset')) {
		return 'the server closed the connection during the TLS handshake';
	}

	// An alert by its number, else OpenSSL's reason words: never its thread id or source line.
	return describeTlsAlert(message) ?? sanitizeText(opensslReason(message), {maxLength: 160});
}

const ticketArrivals = new WeakMap<tls.TLSSocket, Promise<void>>();

/**
 * Waits, at most `maxMs` (and never past the signal), until the server's first TLS 1.3 session
 * ticket has arrived; true when it did. A server writes its tickets right after the handshake
 * and, with Nagle on, holds its next reply until they are ACKed, which our kernel delays by
 * 40 ms unless a segment of ours carries the ACK: a command sent after the tickets does.
 */
export async function waitForSessionTicket(
	socket: tls.TLSSocket,
	maxMs: number,
	signal: AbortSignal,
): Promise<boolean> {
	const arrival = ticketArrivals.get(socket);
	if (!arrival || socket.getProtocol() !== 'TLSv1.3' || signal.aborted) {
		return false;
	}

	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	try {
		return await Promise.race([
			arrival.then(() => true),
			new Promise<boolean>((resolve) => {
				timer = setTimeout(() => {
					resolve(false);
				}, maxMs);
				onAbort = () => {
					resolve(false);
				};

				signal.addEventListener('abort', onAbort, {once: true});
			}),
		]);
	} finally {
		clearTimeout(timer);
		if (onAbort) {
			signal.removeEventListener('abort', onAbort);
		}
	}
}

/** Runs a client TLS handshake over `stream`, bounded by `timeoutMs` and the signal. */
export async function tlsHandshake(
	stream: Duplex,
	options: tls.ConnectionOptions,
	timeoutMs: number,
	signal: AbortSignal,
	register: (socket: tls.TLSSocket) => void,
): Promise<HandshakeOutcome> {
	if (signal.aborted) {
		return {kind: 'cancelled'};
	}

	const socket = tls.connect({...options, socket: stream});
	// TLS 1.3 session tickets arrive after the handshake (listening turns Node's session
	// callback on). The STARTTLS path waits for the first before its next command.
	ticketArrivals.set(
		socket,
		new Promise<void>((resolve) => {
			const done = () => {
				socket.removeListener('session', onSession);
				socket.removeListener('close', done);
				resolve();
			};

			// Not from inside the event: it fires within Node's TLS read, and a write made there
			// (or in a microtask of it) sits in the TLS layer until the next read.
			const onSession = () => {
				setImmediate(done);
			};

			socket.once('session', onSession);
			socket.once('close', done);
		}),
	);
	register(socket);
	return new Promise<HandshakeOutcome>((resolve) => {
		const finish = (outcome: HandshakeOutcome) => {
			timer.clear();
			signal.removeEventListener('abort', onAbort);
			socket.removeListener('secureConnect', onSecure);
			socket.removeListener('error', onError);
			socket.removeListener('close', onClose);
			if (outcome.kind === 'ok') {
				// Late errors are handled by whoever reads the socket next; never leave one unhandled.
				socket.on('error', () => undefined);
			} else {
				socket.on('error', () => undefined);
				socket.destroy();
				stream.destroy();
			}

			resolve(outcome);
		};

		const onSecure = () => {
			finish({kind: 'ok', socket});
		};

		const onError = (error: unknown) => {
			const errorCode = errorCodeOf(error);
			const alert = tlsAlertNumber(error instanceof Error ? error.message : String(error));
			finish({
				kind: 'failed',
				reason: describeTlsError(error),
				errorCode,
				...(alert === undefined ? {} : {alert}),
				isTimeout: false,
				isClosed: errorCode === 'ECONNRESET',
			});
		};

		const onClose = () => {
			finish({
				kind: 'failed',
				reason: 'the server closed the connection during the TLS handshake',
				isTimeout: false,
				isClosed: true,
			});
		};

		const onAbort = () => {
			finish({kind: 'cancelled'});
		};

		const timer = startDeadline(timeoutMs, () => {
			finish({
				kind: 'failed',
				reason: `no TLS answer within ${timeoutMs} ms`,
				errorCode: 'ETIMEDOUT',
				isTimeout: true,
				isClosed: false,
			});
		});
		socket.once('secureConnect', onSecure);
		socket.once('error', onError);
		socket.once('close', onClose);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}
