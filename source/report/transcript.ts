// The transcript as text, swaks-style, for `--transcript` / `-v`:
//
//   Port 587 (attempt 1)
//        12 ms <-  220 mx.example.com ESMTP
//        13 ms  -> EHLO client.example
//        40 ms  ~> AUTH PLAIN [redacted]
//        41 ms <~  235 2.7.0 accepted
//        41 ms === TLS handshake done
//
// `->` sent, `<-` received, `~>` / `<~` the same inside TLS, `===` notes from the tool. The text
// is already escaped and redacted by the engine; it is escaped and redacted again here.
import type {PortResult} from '../engine/types.js';
import {escapeTerminal, redactTranscript} from './escape.js';

const arrows = {
	send: [' -> ', ' ~> '],
	receive: ['<-  ', ' <~ '],
	note: ['=== ', '=== '],
} as const;

/** The transcript of one port as lines (no trailing newline), with a heading per attempt. */
export function transcriptLines(port: PortResult): string[] {
	const lines: string[] = [];
	let attempt = 0;
	for (const entry of redactTranscript(port.transcript)) {
		if (entry.attempt !== attempt) {
			attempt = entry.attempt;
			lines.push(
				port.attempts > 1 ? `Port ${port.port} (connection ${attempt})` : `Port ${port.port}`,
			);
		}

		const arrow = arrows[entry.direction][entry.isEncrypted ? 1 : 0];
		lines.push(
			`${`${Math.round(entry.atMs)} ms`.padStart(10)} ${arrow}${escapeTerminal(entry.text)}`,
		);
	}

	return lines;
}
