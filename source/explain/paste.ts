// What is done to pasted text before anything looks at it: terminal escapes and HTML entities
// out, then secrets out (over the whole text, before the window is cut, so a cut can never
// leave half a secret behind), then only a bounded window is read. Every expression here is
// linear on long input: literal anchors, single character classes, bounded repeats.
import {redactedMarker} from '../engine/redact.js';

/** The most characters `explainText` reads at all; of longer text, its first and last halves (whole lines). */
export const maxPasteChars = 1024 * 1024;

/** The decoder reads the first this many characters... */
export const headWindowChars = 64 * 1024;

/** ...and the last this many (a long debug log ends with the error). */
export const tailWindowChars = 16 * 1024;

// `AUTH PLAIN <base64>`, `AUTH LOGIN <base64>`, `AUTH XOAUTH2 <token>` wherever the line starts
// (swaks ` -> `, curl `> `, PHPMailer `CLIENT -> SERVER: `, nodemailer `C: `). A capability line
// (`250-AUTH PLAIN LOGIN`) lists mechanisms, not a secret, and is left alone.
const authCommand = /(\bAUTH[ \t]{1,10}[A-Za-z\d_-]{1,40})[ \t]{1,10}(?!<redacted>)[^\s][^\n]*/gi;
const capabilityLine = /\b250[ -]AUTH\b/i;

// A server challenge line (swaks `<-  334 VXNl...`, curl `< 334`, PHPMailer `SERVER -> CLIENT:
// 334`, nodemailer's log `S: 334`): what the client sends next is a SASL answer (base64 of the
// user name, the password, or both).
const challengeLine = /(?:^\s{0,8}|<-|<~|<\*\*|<|\bS:|SERVER -> CLIENT:)[ \t]{0,4}334(?:[ -]|$)/;
// A server line of any kind (an answer never is one).
const serverLine = /(?:^\s{0,8}|<-|<~|<\*\*|<|\bS:|SERVER -> CLIENT:)[ \t]{0,4}\d{3}(?:[ -]|$)/;
// The client's arrow in the answer line; what follows it is the secret.
const clientArrow = /^[^\n]{0,120}?(?:->|~>|>|\bC:|CLIENT -> SERVER:)[ \t]{0,4}(?=\S)/;

// `password: 'x'`, `"pass": "x"`, `EMAIL_HOST_PASSWORD = "x"`, `MAIL_PASSWORD=x`.
const keyValueSecret =
	/\b((?:smtp_|mail_|email_host_)?(?:pass(?:word)?|passwd|pwd|secret|token|api[_-]?key|access[_-]?token))(["']?[ \t]{0,5}(?:=>|[:=])[ \t]{0,5})(["'`]?)(?!<redacted>)[^\s"'`,;)}\]]{1,400}/gi;
// `--password x`, `-p x` is too common a flag to guess at.
const passwordFlag = /(--pass(?:word)?)([ =])(?!<redacted>)[^\s]{1,400}/gi;

// `smtps://user:secret@host` (Symfony and Laravel DSNs, curl URLs).
const urlPassword = /(\b[a-z][a-z\d+.-]{1,20}:\/\/[^\s:@/]{1,200}):(?!<redacted>)[^\s@/]{1,400}@/gi;

// `Authorization: Bearer x`, `auth=Bearer x`.
const bearer = /\b(Bearer)[ \t]{1,4}(?!<redacted>)[A-Za-z\d\-._~+/]{4,2000}=*/g;

/** Removes every secret a pasted client log or stack trace may hold. Line by line, linear. */
export function redactPaste(text: string): string {
	const lines = text.split('\n');
	let isAnswerNext = false;
	for (let index = 0; index < lines.length; index++) {
		let line = lines[index]!;
		if (line.trim() === '') {
			continue;
		}

		if (isAnswerNext && !serverLine.test(line)) {
			// The SASL answer: keep the arrow so the transcript still reads, drop the rest.
			const arrow = clientArrow.exec(line);
			line = arrow ? `${arrow[0]}${redactedMarker}` : redactedMarker;
			isAnswerNext = false;
		} else {
			isAnswerNext = challengeLine.test(line);
		}

		if (!capabilityLine.test(line)) {
			line = line.replace(authCommand, `$1 ${redactedMarker}`);
		}

		line = line
			.replace(urlPassword, `$1:${redactedMarker}@`)
			.replace(keyValueSecret, `$1$2$3${redactedMarker}`)
			.replace(passwordFlag, `$1$2${redactedMarker}`)
			.replace(bearer, `$1 ${redactedMarker}`);
		lines[index] = line;
	}

	return lines.join('\n');
}

// CSI and OSC sequences a coloured log carries (`ESC [ 31 m`, `ESC ] 0 ; title BEL`).
const ansiCsi = /\u001B\[[\d;?]{0,40}[ -/]{0,4}[@-~]/g;
const ansiOsc = /\u001B\][^\u0007\u001B]{0,400}(?:\u0007|\u001B\\)/g;
const entities: Readonly<Record<string, string>> = {
	'&gt;': '>',
	'&lt;': '<',
	'&amp;': '&',
	'&quot;': '"',
	'&#039;': "'",
	'&#39;': "'",
	'&nbsp;': ' ',
};

/** Terminal colours, HTML entities and `<br>` (PHPMailer's HTML debug output) out; LF line ends. */
export function normalisePaste(text: string): string {
	return text
		.replaceAll('\r\n', '\n')
		.replaceAll('\r', '\n')
		.replace(ansiOsc, '')
		.replace(ansiCsi, '')
		.replace(/<br[ \t]{0,4}\/?>/gi, '')
		.replace(/&(?:gt|lt|amp|quot|#0?39|nbsp);/g, (entity) => entities[entity] ?? entity);
}

/** Cuts `text` to at most `max` characters at a line end (or hard, for one huge line). */
function cutAtLineEnd(text: string, max: number): string {
	if (text.length <= max) {
		return text;
	}

	const end = text.lastIndexOf('\n', max);
	return end > max / 2 ? text.slice(0, end) : text.slice(0, max);
}

/** The part of a long paste the patterns read: the head and the tail, whole lines. */
export function pasteWindow(text: string): {readonly text: string; readonly isClipped: boolean} {
	if (text.length <= headWindowChars + tailWindowChars) {
		return {text, isClipped: false};
	}

	const head = cutAtLineEnd(text, headWindowChars);
	const tailStart = text.length - tailWindowChars;
	const nextLine = text.indexOf('\n', tailStart);
	const tail =
		nextLine !== -1 && nextLine - tailStart < tailWindowChars / 2
			? text.slice(nextLine + 1)
			: text.slice(tailStart);
	return {text: `${head}\n${tail}`, isClipped: true};
}

/**
 * Everything above, in order: cap (at a line end), normalise (so `-&gt;` and colour codes
 * cannot hide a secret from the redaction), redact, and only then the window.
 */
/**
 * At most `maxPasteChars`: the first half and the last half, each whole lines (a long debug
 * log ends with the error; the patterns and the redaction see whole lines either way).
 */
function capPaste(raw: string): string {
	if (raw.length <= maxPasteChars) {
		return raw;
	}

	const half = maxPasteChars / 2;
	const head = cutAtLineEnd(raw, half);
	const tailStart = raw.length - half;
	const lineStart = raw.indexOf('\n', tailStart);
	const tail =
		lineStart === -1 || lineStart > tailStart + half / 2
			? raw.slice(tailStart)
			: raw.slice(lineStart + 1);
	return `${head}\n${tail}`;
}

export function preparePaste(raw: string): {readonly text: string; readonly isClipped: boolean} {
	const capped = capPaste(raw);
	const window = pasteWindow(redactPaste(normalisePaste(capped)));
	return {text: window.text, isClipped: window.isClipped || raw.length > maxPasteChars};
}

/** True when the text is not text: NUL bytes, or mostly control and replacement characters. */
export function isBinaryPaste(text: string): boolean {
	if (text.includes('\u0000')) {
		return true;
	}

	const sample = text.slice(0, 4096);
	let odd = 0;
	for (const character of sample) {
		const code = character.codePointAt(0) ?? 0;
		if (
			(code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x1b) ||
			code === 0xfffd
		) {
			odd++;
		}
	}

	return sample.length > 0 && odd / sample.length > 0.1;
}
