import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';
import {createTestCa} from '../helpers/certificates.js';
import {UsageError} from '../../source/config/usage-error.js';
import {
	parseDnsServer,
	parseDuration,
	parseEhloName,
	parseFamily,
	parseHost,
	parseMode,
	parsePorts,
	parseTimeouts,
	readCaFile,
} from '../../source/cli/validate.js';
import {defaultTimeouts} from '../../source/engine/types.js';

function usageMessage(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		const {message} = error as UsageError;
		expect(message).not.toContain('\n');
		return message;
	}

	throw new Error('expected a UsageError');
}

describe('parseHost', () => {
	test.each([
		['smtp.example.com', 'smtp.example.com', 'name'],
		['SMTP.Example.COM.', 'SMTP.Example.COM.', 'name'],
		['localhost', 'localhost', 'name'],
		['123mail.example', '123mail.example', 'name'],
		['xn--bcher-kva.example', 'xn--bcher-kva.example', 'name'],
		['127.0.0.1', '127.0.0.1', 'ipv4'],
		['::1', '::1', 'ipv6'],
		['[::1]', '::1', 'ipv6'],
		['[2001:db8::25]', '2001:db8::25', 'ipv6'],
		['  mail.example.com ', 'mail.example.com', 'name'],
	])('accepts %s', (input, host, kind) => {
		expect(parseHost(input)).toEqual({host, kind});
	});

	test.each([
		['', /No host given/],
		['   ', /No host given/],
		['-bad.example', /invalid label/],
		['bad-.example', /invalid label/],
		['under_score.example', /invalid label/],
		['a..b', /empty label/],
		['.example', /empty label/],
		[`${'a'.repeat(64)}.example`, /longer than 63/],
		[`${'a.'.repeat(127)}ab`, /too long/],
		['256.1.1.1', /not a valid IPv4/],
		['1.2.3', /not a valid IPv4/],
		['[::1', /IPv6/],
		['[mail.example]', /IPv6/],
		['smtp.example.com:587', /--ports 587/],
		['[::1]:25', /--ports 25/],
		['smtp://smtp.example.com', /URL/],
		['user@example.com', /email address/],
		['sp ace.example', /invalid label/],
		['evil\u001B[31m.example', /invalid label/],
	])('rejects %j with one line', (input, pattern) => {
		const message = usageMessage(() => parseHost(input));
		expect(message).toMatch(pattern);
		expect(message).not.toContain('\u001B');
	});
});

describe('parsePorts', () => {
	test('parses, trims and de-duplicates in order', () => {
		expect(parsePorts('25, 465,587,2525,465')).toEqual([25, 465, 587, 2525]);
		expect(parsePorts('65535')).toEqual([65_535]);
	});

	test.each([
		['0', /out of range/],
		['70000', /out of range/],
		['abc', /not a port number/],
		['25,,587', /not a port number/],
		['-1', /not a port number/],
		['1e3', /not a port number/],
		['', /at least one port/],
		[',', /at least one port/],
		[Array.from({length: 17}, (_, index) => index + 1).join(','), /at most 16/],
	])('rejects %j', (input, pattern) => {
		expect(usageMessage(() => parsePorts(input))).toMatch(pattern);
	});
});

describe('other flags', () => {
	test('modes', () => {
		expect(parseMode(undefined)).toBe('auto');
		expect(parseMode('STARTTLS')).toBe('starttls');
		expect(usageMessage(() => parseMode('ssl'))).toMatch(
			/unknown mode "ssl"; use one of auto, implicit-tls, starttls, none/,
		);
	});

	test('durations and timeouts', () => {
		expect(parseDuration('timeout', '1500')).toBe(1500);
		expect(parseDuration('timeout', '2s')).toBe(2000);
		expect(parseDuration('timeout', '250ms')).toBe(250);
		expect(usageMessage(() => parseDuration('timeout', '0'))).toMatch(/out of range/);
		expect(usageMessage(() => parseDuration('timeout', 'soon'))).toMatch(/not a duration/);
		expect(parseTimeouts({timeout: '3s', tlsTimeout: '4000'}, defaultTimeouts)).toEqual({
			connect: 3000,
			greeting: 3000,
			command: 3000,
			tls: 4000,
		});
		expect(parseTimeouts({}, defaultTimeouts)).toEqual(defaultTimeouts);
	});

	test('address family', () => {
		expect(parseFamily(undefined, undefined)).toBe(0);
		expect(parseFamily(true, undefined)).toBe(4);
		expect(parseFamily(false, true)).toBe(6);
		expect(usageMessage(() => parseFamily(true, true))).toMatch(/cannot be used together/);
	});

	test('EHLO names', () => {
		expect(parseEhloName('client.example')).toBe('client.example');
		expect(parseEhloName('192.0.2.1')).toBe('[192.0.2.1]');
		expect(parseEhloName('[IPv6:2001:db8::1]')).toBe('[IPv6:2001:db8::1]');
		expect(usageMessage(() => parseEhloName('bad name'))).toMatch(/--ehlo/);
	});

	test('DNS servers', () => {
		for (const good of ['1.1.1.1', '127.0.0.1:5353', '::1', '[::1]:53']) {
			expect(parseDnsServer(good)).toBe(good);
		}

		for (const bad of ['dns.example', '1.1.1.1:0', '1.1.1.1:70000', '[1.1.1.1]:53', '']) {
			expect(usageMessage(() => parseDnsServer(bad))).toMatch(/--dns-server/);
		}
	});
});

describe('readCaFile', () => {
	const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-ca-'));

	test('missing, empty, non-PEM and broken PEM files are usage errors', () => {
		expect(usageMessage(() => readCaFile(path.join(directory, 'missing.pem')))).toMatch(
			/cannot read .*no such file/,
		);
		expect(usageMessage(() => readCaFile(directory))).toMatch(/is a directory/);
		const text = path.join(directory, 'text.pem');
		writeFileSync(text, 'hello');
		expect(usageMessage(() => readCaFile(text))).toMatch(/no PEM certificate/);
		const broken = path.join(directory, 'broken.pem');
		writeFileSync(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
		expect(usageMessage(() => readCaFile(broken))).toMatch(/certificate 1 .* is not valid PEM/);
	});

	test('each BEGIN up to the next END: junk between blocks is skipped, an unterminated BEGIN is not a block', async () => {
		const [first, second] = await Promise.all([
			createTestCa('first CA'),
			createTestCa('second CA'),
		]);
		const begin = '-----BEGIN CERTIFICATE-----';
		const text = `# bundle\n${first.cert}\njunk -----END CERTIFICATE-----\n${second.cert}\n${begin}\n${begin}\n`;
		expect(readCaFile('bundle.pem', () => text)).toEqual([first.cert.trim(), second.cert.trim()]);
		// A BEGIN whose END is another block's runs up to that END, as the old pattern did.
		expect(usageMessage(() => readCaFile('two.pem', () => `${begin}\n${first.cert}`))).toMatch(
			/certificate 1 .* is not valid PEM/,
		);
		expect(usageMessage(() => readCaFile('open.pem', () => begin.repeat(1000)))).toMatch(
			/no PEM certificate/,
		);
	});
});

describe('flags that do not apply to a command', () => {
	test.each([
		[['presets', '--preset', 'gmail'], '--preset does not apply to the presets command'],
		[['presets', '--ports', '25'], '--ports does not apply to the presets command'],
		[
			['discover', 'example.com', '--user', 'a@b.c'],
			'--user does not apply to the discover command',
		],
		[
			['discover', 'example.com', '-4', '--mode', 'none'],
			'--mode does not apply to the discover command',
		],
		[['you@example.com', '--report', 'x.md'], '--report does not apply to the discover command'],
	])('%o: usage error naming flag and command, exit 2', async (argv, message) => {
		const run = await runCli(argv);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(`smtp-doctor: ${message} (see --help)\n`);
	});
});
