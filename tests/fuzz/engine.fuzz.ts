// Property tests of everything that reads untrusted text: the reply parser, the EHLO parser,
// the sanitiser, the redactor, the TLS error decoder and the terminal escaper. No input
// throws, no output carries a control character or escape sequence, bounds hold, chunking
// never changes what the parser sees, and no form of a secret gets through the redactor.
import fc from 'fast-check';
import {describe, test} from 'vitest';
import {
	parseCapabilities,
	parseReplies,
	ReplyParser,
	replyLimits,
	type ParseItem,
} from '../../source/engine/reply-parser.js';
import {createRedactor, secretForms} from '../../source/engine/redact.js';
import {clipSanitized, sanitizeBytes, sanitizeText} from '../../source/engine/sanitize.js';
import {
	describeTlsAlert,
	opensslReason,
	stableTlsErrorCode,
} from '../../source/engine/tls-errors.js';
import {escapeAndClip, escapeTerminal, isTerminalSafe} from '../../source/report/escape.js';
import {check} from './runs.js';

const encoder = new TextEncoder();

/** Text that looks like SMTP often enough to reach deep states, with hostile bytes mixed in. */
const smtpish = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'220 ',
				'250-',
				'250 ',
				'334 ',
				'535 5.7.8 ',
				'421 ',
				'\r\n',
				'\n',
				'\u001B[31m',
			),
			fc.string({maxLength: 40}),
			fc.string({unit: 'binary', maxLength: 20}),
		),
		{maxLength: 30},
	)
	.map((parts) => parts.join(''));

/** Every text an item holds (reply lines, raw lines, failure text). */
function texts(items: readonly ParseItem[]): string[] {
	return items.flatMap((item) =>
		item.kind === 'reply' ? [...item.reply.lines, ...item.rawLines] : [item.text],
	);
}

describe('reply parser', () => {
	test('never throws; every text is terminal-safe and bounded; limits hold', () => {
		check(
			fc.property(fc.oneof(smtpish, fc.string({unit: 'binary', maxLength: 300})), (text) => {
				const items = parseReplies(encoder.encode(text));
				for (const item of items) {
					if (item.kind === 'reply') {
						if (item.reply.lines.length > replyLimits.maxReplyLines) return false;
						if (item.reply.code < 200 || item.reply.code > 599) return false;
					}
				}

				return texts(items).every((line) => isTerminalSafe(line) && line.length <= 1100);
			}),
		);
	});

	test('any chunking of the bytes gives the same items', () => {
		check(
			fc.property(smtpish, fc.array(fc.nat(64), {maxLength: 12}), (text, cuts) => {
				const bytes = encoder.encode(text);
				const whole = JSON.stringify(parseReplies(bytes));
				const parser = new ReplyParser();
				const items: ParseItem[] = [];
				let start = 0;
				for (const cut of cuts) {
					const end = Math.min(bytes.length, start + cut);
					items.push(...parser.push(bytes.subarray(start, end)));
					start = end;
				}

				items.push(...parser.push(bytes.subarray(start)));
				return JSON.stringify(items) === whole;
			}),
		);
	});

	test('EHLO capabilities of any reply never throw and are terminal-safe', () => {
		check(
			fc.property(
				fc.array(
					fc.oneof(
						fc.string({maxLength: 60}),
						fc.constantFrom(
							'AUTH PLAIN LOGIN',
							'SIZE 999999999999999999',
							'STARTTLS',
							'AUTH=LOGIN',
							'SIZE -1',
						),
					),
					{maxLength: 12},
				),
				(lines) => {
					const capabilities = parseCapabilities({
						code: 250,
						lines: lines.map((line) => sanitizeText(line)),
					});
					return (
						capabilities.raw.every((line) => isTerminalSafe(line)) &&
						capabilities.authMechanisms.every((mechanism) => isTerminalSafe(mechanism))
					);
				},
			),
		);
	});
});

describe('sanitiser and escaper', () => {
	test('sanitizeText: safe, within maxLength plus the marker, idempotent on safe text', () => {
		check(
			fc.property(
				fc.string({unit: 'binary', maxLength: 400}),
				fc.integer({min: 1, max: 300}),
				(text, max) => {
					const safe = sanitizeText(text, {maxLength: max});
					const marker = /…\[\+\d+ chars\]$/.exec(safe)?.[0] ?? '';
					return isTerminalSafe(safe) && safe.length - marker.length <= max;
				},
			),
		);
	});

	test('sanitizeBytes and clipSanitized never throw and stay safe', () => {
		check(
			fc.property(fc.uint8Array({maxLength: 300}), fc.integer({min: 1, max: 200}), (bytes, max) => {
				const safe = sanitizeBytes(bytes, {maxLength: 1000});
				return isTerminalSafe(safe) && isTerminalSafe(clipSanitized(safe, max));
			}),
		);
	});

	test('escapeTerminal and escapeAndClip: safe for any text', () => {
		check(
			fc.property(
				fc.string({unit: 'binary', maxLength: 300}),
				fc.integer({min: 2, max: 200}),
				(text, max) => {
					const clipped = escapeAndClip(text, max);
					return (
						isTerminalSafe(escapeTerminal(text)) && isTerminalSafe(clipped) && clipped.length <= max
					);
				},
			),
		);
	});
});

describe('redactor', () => {
	const secret = fc
		.string({minLength: 4, maxLength: 64})
		.filter((value) => value.trim().length >= 4);

	test('no form of the secret survives, also after any cut of the redacted text', () => {
		check(
			fc.property(
				secret,
				fc.string({maxLength: 80}),
				fc.string({maxLength: 80}),
				fc.nat(300),
				(value, before, after, cut) => {
					const forms = secretForms(value);
					const redact = createRedactor([value]);
					const embedded = `${before}${value}${after} ${forms[forms.length - 1] ?? ''} ${JSON.stringify(value)} ${Buffer.from(value).toString('base64')}`;
					const redacted = redact(embedded);
					const cutText = redacted.slice(0, cut);
					return (
						!redacted.includes(value) &&
						!cutText.includes(value) &&
						!redacted.includes(Buffer.from(value).toString('base64'))
					);
				},
			),
		);
	});

	test('tail removes a trailing start of the secret (4 characters or more)', () => {
		check(
			fc.property(
				secret,
				fc.string({maxLength: 40}),
				fc.integer({min: 4, max: 64}),
				(value, before, length) => {
					const start = value.slice(0, Math.min(length, value.length - 1));
					if (start.length < 4) return true;
					const out = createRedactor([value]).tail!(`${before}${start}`);
					return !out.endsWith(start) && !out.includes(value);
				},
			),
		);
	});
});

describe('TLS error decoder', () => {
	test('never throws; what it returns is terminal-safe and has no source path', () => {
		check(
			fc.property(
				fc.oneof(
					fc.string({unit: 'binary', maxLength: 300}),
					fc.constantFrom(
						'4000F8A5:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:',
						'C0B7:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:ssl/record/rec_layer_s3.c:1601:SSL alert number 80',
					),
					fc.string({maxLength: 200}).map((text) => `SSL alert number ${text}`),
				),
				(message) => {
					const reason = opensslReason(message);
					const alert = describeTlsAlert(message);
					stableTlsErrorCode(message);
					return (
						!/\.c:\d+/.test(reason) &&
						(alert === undefined || !/\.c:\d+/.test(alert)) &&
						isTerminalSafe(escapeTerminal(reason))
					);
				},
			),
		);
	});
});
