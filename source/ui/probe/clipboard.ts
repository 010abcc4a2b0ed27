// Copying a snippet to the user's clipboard with OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`): the
// terminal, not this machine, owns the clipboard, so it works over SSH where the terminal
// allows it. OSC 52 has no answer: the app can say it sent the sequence, never that the copy
// happened. Inside tmux or GNU screen the sequence is wrapped in their passthrough (DCS) form,
// or the multiplexer swallows it:
//
//   tmux    ESC P tmux; ESC ESC ] 52 ; c ; BASE64 BEL ESC \       (every ESC inside doubled)
//   screen  ESC P ESC ] 52 ; c ; B64…(76) ESC \ ESC P …(76) BEL ESC \   (screen cuts long DCS)
//
// Pure: the multiplexer comes from the environment the caller read (mount-app.ts).

/** Which passthrough the sequence needs. */
export type Multiplexer = 'tmux' | 'screen';

/**
 * Terminals cap an OSC 52 payload (xterm, hterm and tmux around 74 KB of base64): longer is
 * refused here with a message rather than cut or silently dropped by the terminal.
 */
export const maxClipboardBase64 = 74_000;

/** GNU screen passes at most 768 bytes per DCS string: chunks of this many base64 characters. */
const screenChunk = 76;

const esc = '\u001B';
const bel = '\u0007';
const stringTerminator = `${esc}\\`;

/** The multiplexer the app runs in: $TMUX for tmux, $STY for GNU screen. */
export function multiplexerOf(
	env: Readonly<Record<string, string | undefined>>,
): Multiplexer | undefined {
	if (env['TMUX']) {
		return 'tmux';
	}

	return env['STY'] ? 'screen' : undefined;
}

/** What `clipboardSequence` gives: the bytes to write, or why nothing may be sent. */
export type ClipboardSequence =
	| {readonly kind: 'sequence'; readonly sequence: string; readonly base64Length: number}
	| {readonly kind: 'too-large'; readonly base64Length: number}
	| {readonly kind: 'has-secret'};

/**
 * The OSC 52 sequence that puts `text` on the clipboard, wrapped for `multiplexer`. Refuses
 * text that holds any of `secrets` (a snippet never should: this is the last guard before
 * the bytes leave) and text over `maxClipboardBase64`.
 */
export function clipboardSequence(
	text: string,
	options: {readonly multiplexer?: Multiplexer; readonly secrets?: readonly string[]} = {},
): ClipboardSequence {
	if ((options.secrets ?? []).some((secret) => secret !== '' && text.includes(secret))) {
		return {kind: 'has-secret'};
	}

	const base64 = Buffer.from(text, 'utf8').toString('base64');
	if (base64.length > maxClipboardBase64) {
		return {kind: 'too-large', base64Length: base64.length};
	}

	const osc = `${esc}]52;c;${base64}${bel}`;
	switch (options.multiplexer) {
		case 'tmux': {
			return {
				kind: 'sequence',
				sequence: `${esc}Ptmux;${osc.replaceAll(esc, `${esc}${esc}`)}${stringTerminator}`,
				base64Length: base64.length,
			};
		}

		case 'screen': {
			const chunks: string[] = [];
			for (let index = 0; index < base64.length; index += screenChunk) {
				chunks.push(base64.slice(index, index + screenChunk));
			}

			return {
				kind: 'sequence',
				sequence: `${esc}P${esc}]52;c;${chunks.join(`${stringTerminator}${esc}P`)}${bel}${stringTerminator}`,
				base64Length: base64.length,
			};
		}

		case undefined: {
			return {kind: 'sequence', sequence: osc, base64Length: base64.length};
		}
	}
}
