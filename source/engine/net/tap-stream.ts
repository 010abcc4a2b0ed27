// A pass-through stream under the TLS layer that keeps the server's first bytes.
import type net from 'node:net';
import {Duplex} from 'node:stream';

/**
 * Passes bytes between a TCP socket and the TLS layer while keeping the first bytes the
 * server sent, so a failed implicit-TLS handshake can tell "the port answered 220 in clear"
 * (a TLS record starts with 0x16 or 0x15) from other failures.
 */
export class TapStream extends Duplex {
	/** Up to 256 first bytes received from the server. */
	firstBytes = new Uint8Array(0);

	private readonly raw: net.Socket;

	constructor(raw: net.Socket) {
		super();
		this.raw = raw;
		raw.on('data', (chunk: Uint8Array) => {
			if (this.firstBytes.length < 256) {
				const merged = new Uint8Array(Math.min(256, this.firstBytes.length + chunk.length));
				merged.set(this.firstBytes);
				merged.set(
					chunk.subarray(0, merged.length - this.firstBytes.length),
					this.firstBytes.length,
				);
				this.firstBytes = merged;
			}

			if (!this.push(chunk)) {
				raw.pause();
			}
		});
		raw.on('end', () => this.push(null));
		raw.on('error', (error) => this.destroy(error));
		raw.on('close', () => this.destroy());
	}

	override _read(): void {
		this.raw.resume();
	}

	override _write(
		chunk: Uint8Array,
		_encoding: BufferEncoding,
		callback: (error?: Error | null) => void,
	) {
		if (this.raw.destroyed) {
			callback();
			return;
		}

		this.raw.write(chunk, () => {
			callback();
		});
	}

	override _final(callback: (error?: Error | null) => void) {
		this.raw.end();
		callback();
	}

	override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
		this.raw.destroy();
		callback(error);
	}
}
