// The reply parser: RFC 5321 multi-line replies, enhanced codes, capabilities, bounds, and
// properties (chunking never changes the result; arbitrary bytes never throw).
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	parseCapabilities,
	parseReplies,
	type ParseItem,
	ReplyParser,
	replyLimits,
} from '../../source/engine/reply-parser.js';
import {createRedactor} from '../../source/engine/redact.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('replies', () => {
	test('single and multi-line replies, CRLF or bare LF', () => {
		const items = parseReplies(
			bytes('220 mx.test ESMTP ready\r\n250-mx.test\n250-SIZE 100\r\n250 HELP\r\n'),
		);
		expect(items).toEqual([
			{
				kind: 'reply',
				reply: {code: 220, lines: ['mx.test ESMTP ready']},
				rawLines: ['220 mx.test ESMTP ready'],
			},
			{
				kind: 'reply',
				reply: {code: 250, lines: ['mx.test', 'SIZE 100', 'HELP']},
				rawLines: ['250-mx.test', '250-SIZE 100', '250 HELP'],
			},
		]);
	});

	test('a bare code ends a reply', () => {
		expect(parseReplies(bytes('250\r\n'))).toMatchObject([{reply: {code: 250, lines: ['']}}]);
	});

	test('enhanced status codes when the class matches', () => {
		const [first, second] = parseReplies(
			bytes('535 5.7.8 Authentication credentials invalid\r\n250 2.0.0 OK\r\n'),
		);
		expect(first).toMatchObject({reply: {code: 535, enhancedCode: '5.7.8'}});
		expect(second).toMatchObject({reply: {code: 250, enhancedCode: '2.0.0'}});
		const [mismatch] = parseReplies(bytes('250 5.7.8 odd\r\n'));
		expect(mismatch).toMatchObject({reply: {code: 250}});
		expect((mismatch as {reply: {enhancedCode?: string}}).reply.enhancedCode).toBeUndefined();
	});

	test('replies arrive only when complete', () => {
		const parser = new ReplyParser();
		expect(parser.push(bytes('250-first\r\n250-sec'))).toEqual([]);
		expect(parser.partialText).toBe('250-sec');
		expect(parser.push(bytes('ond\r\n250 last\r\n'))).toMatchObject([
			{reply: {lines: ['first', 'second', 'last']}},
		]);
	});

	test('not SMTP: HTTP and SSH first lines', () => {
		expect(parseReplies(bytes('HTTP/1.1 400 Bad Request\r\n'))).toEqual([
			{kind: 'failure', reason: 'not-smtp', text: 'HTTP/1.1 400 Bad Request'},
		]);
		expect(parseReplies(bytes('SSH-2.0-OpenSSH_9.6\r\n'))).toMatchObject([{reason: 'not-smtp'}]);
	});

	test('a bad line after a good reply is malformed; mixed codes in one reply too', () => {
		expect(parseReplies(bytes('220 ok\r\nwhat\r\n'))).toMatchObject([
			{kind: 'reply'},
			{reason: 'malformed'},
		]);
		expect(parseReplies(bytes('250-a\r\n251 b\r\n'))).toMatchObject([{reason: 'malformed'}]);
	});

	test('bounds: long line, too many lines, too many bytes', () => {
		expect(parseReplies(bytes(`220 ${'a'.repeat(replyLimits.maxLineBytes)}\r\n`))).toMatchObject([
			{reason: 'line-too-long'},
		]);
		expect(parseReplies(bytes('250-x\r\n'.repeat(101)))).toMatchObject([
			{reason: 'too-many-lines'},
		]);
		expect(parseReplies(bytes(`250-${'b'.repeat(3000)}\r\n`.repeat(30)))).toMatchObject([
			{reason: 'reply-too-large'},
		]);
		expect(parseReplies(bytes(`${'x'.repeat(5000)}`))).toMatchObject([{reason: 'not-smtp'}]);
	});

	test('after a failure the parser ignores everything', () => {
		const parser = new ReplyParser();
		parser.push(bytes('garbage\r\n'));
		expect(parser.failed?.reason).toBe('not-smtp');
		expect(parser.push(bytes('220 fine\r\n'))).toEqual([]);
	});

	test('control characters in text are escaped', () => {
		const [item] = parseReplies(bytes('220 \u001B[2Jhi\u0007\r\n'));
		expect(item).toMatchObject({reply: {lines: [String.raw`\x1b[2Jhi\x07`]}});
	});
});

describe('capabilities', () => {
	test('EHLO keywords', () => {
		const caps = parseCapabilities({
			code: 250,
			lines: [
				'mx.test greets you',
				'SIZE 35882577',
				'8BITMIME',
				'PIPELINING',
				'SMTPUTF8',
				'STARTTLS',
				'AUTH LOGIN PLAIN XOAUTH2',
				'AUTH=LOGIN PLAIN CRAM-MD5',
				'ENHANCEDSTATUSCODES',
				'CHUNKING',
				'DSN',
				'REQUIRETLS',
			],
		});
		expect(caps).toEqual({
			raw: caps.raw,
			size: 35_882_577,
			pipelining: true,
			eightBitMime: true,
			smtpUtf8: true,
			startTls: true,
			authMechanisms: ['LOGIN', 'PLAIN', 'XOAUTH2', 'CRAM-MD5'],
			enhancedStatusCodes: true,
			chunking: true,
			dsn: true,
			requireTls: true,
		});
		expect(caps.raw).toHaveLength(11);
	});

	test('minimal EHLO and odd SIZE', () => {
		const caps = parseCapabilities({code: 250, lines: ['mx', 'size', 'auth']});
		expect(caps.size).toBeUndefined();
		expect(caps.authMechanisms).toEqual([]);
		expect(caps.startTls).toBe(false);
	});
});

function parseInChunks(input: Uint8Array, cuts: number[]): ParseItem[] {
	const parser = new ReplyParser();
	const items: ParseItem[] = [];
	let start = 0;
	for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
		items.push(...parser.push(input.subarray(start, cut)));
		start = cut;
	}

	items.push(...parser.push(input.subarray(start)));
	return items;
}

const smtpLine = fc
	.tuple(
		fc.constantFrom('220', '250', '421', '535', '554', '2x0', 'HTTP/1.1', ''),
		fc.constantFrom(' ', '-', ''),
		fc.string({maxLength: 40}),
		fc.constantFrom('\r\n', '\n'),
	)
	.map(([code, separator, text, end]) => `${code}${separator}${text}${end}`);

describe('properties', () => {
	test('random chunking of the same input gives the same replies', () => {
		fc.assert(
			fc.property(
				fc.array(smtpLine, {maxLength: 30}),
				fc.array(fc.nat(), {maxLength: 20}),
				(lines, rawCuts) => {
					const input = bytes(lines.join(''));
					const cuts = rawCuts.map((cut) => (input.length === 0 ? 0 : cut % input.length));
					expect(parseInChunks(input, cuts)).toEqual(parseReplies(input));
				},
			),
		);
	});

	test('arbitrary bytes never throw and every text is free of control characters', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({maxLength: 3000}),
				fc.array(fc.nat(), {maxLength: 10}),
				(input, rawCuts) => {
					const cuts = rawCuts.map((cut) => (input.length === 0 ? 0 : cut % input.length));
					const items = parseInChunks(input, cuts);
					for (const item of items) {
						const texts =
							item.kind === 'reply' ? [...item.reply.lines, ...item.rawLines] : [item.text];
						for (const text of texts) {
							expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
						}
					}
				},
			),
		);
	});

	test('long random inputs with oversized lines still respect the limits', () => {
		fc.assert(
			fc.property(fc.integer({min: 4097, max: 20_000}), fc.nat(50), (length, cut) => {
				const input = bytes(`250 ${'z'.repeat(length)}\r\n`);
				expect(parseInChunks(input, [cut])).toMatchObject([{reason: 'line-too-long'}]);
			}),
			{numRuns: 20},
		);
	});
});

describe('redaction before anything is cut', () => {
	const secret = 'Zq7-canary-S3cret-W0rd-x9';
	const redact = createRedactor([secret]);
	const bytes = (text: string) => new TextEncoder().encode(text);

	test('a secret across the 1,024-character cut of a reply line is gone whole', () => {
		const parser = new ReplyParser(redact);
		const [item] = parser.push(bytes(`535 ${'x'.repeat(1010)}${secret} tail\r\n`));
		expect(item?.kind).toBe('reply');
		const text = JSON.stringify(item);
		expect(text).toContain('<redacted>');
		expect(text).not.toContain(secret.slice(0, 6));
	});

	test('an over-long line with the secret across the 200-character failure cut', () => {
		const parser = new ReplyParser(redact);
		const [item] = parser.push(bytes(`535 ${'x'.repeat(190)}${secret}${'y'.repeat(5000)}`));
		expect(item).toMatchObject({kind: 'failure', reason: 'line-too-long'});
		expect(JSON.stringify(item)).not.toContain(secret.slice(0, 6));
	});

	test('a line still arriving that ends inside the secret loses that start too', () => {
		const parser = new ReplyParser(redact);
		parser.push(bytes(`535 nope ${secret.slice(0, 9)}`));
		expect(parser.partialText).toBe('535 nope <redacted>');
		// Without a redactor nothing is hidden (the parser alone knows no secret).
		const plain = new ReplyParser();
		plain.push(bytes(`535 nope ${secret.slice(0, 9)}`));
		expect(plain.partialText).toContain(secret.slice(0, 9));
	});
});
