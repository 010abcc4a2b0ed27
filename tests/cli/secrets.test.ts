import {PassThrough, Readable} from 'node:stream';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	maxSecretBytes,
	processListWarning,
	readSecret,
	SecretError,
} from '../../source/cli/read-secret.js';
import {
	containsSecret,
	createRedactor,
	redactDeep,
	redactedMarker,
	secretForms,
} from '../../source/engine/redact.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('redaction', () => {
	const redact = createRedactor([canary], {user});

	it.each([
		['plain', `password is ${canary}!`],
		['LOGIN base64', `C: ${b64(canary)}`],
		['PLAIN base64', `AUTH PLAIN ${b64(`\0${user}\0${canary}`)}`],
		['PLAIN base64 with authzid', b64(`${user}\0${user}\0${canary}`)],
		[
			'XOAUTH2 base64',
			`AUTH XOAUTH2 ${b64(`user=${user}\u0001auth=Bearer ${canary}\u0001\u0001`)}`,
		],
		['URL-safe base64', b64url(`\0${user}\0${canary}`)],
		['JSON escaped', JSON.stringify({text: `x${canary}y`})],
		['URL encoded', `https://x.test/?p=${encodeURIComponent(canary)}`],
	])('removes the %s form', (_name, text) => {
		const result = redact(text);
		expect(result).toContain(redactedMarker);
		expect(containsSecret(result, canary, user)).toBe(false);
	});

	it('removes base64 of the secret inside any blob, at every byte offset', () => {
		for (let prefix = 0; prefix < 6; prefix++) {
			for (let suffix = 0; suffix < 4; suffix++) {
				const blob = b64(`${'p'.repeat(prefix)}${canary}${'s'.repeat(suffix)}`);
				expect(redact(blob), `prefix ${prefix} suffix ${suffix}`).toContain(redactedMarker);
			}
		}
	});

	it('property: any base64 blob that contains a secret is caught', () => {
		fc.assert(
			fc.property(
				fc.string({minLength: 6, maxLength: 40}),
				fc.string({maxLength: 20}),
				fc.string({maxLength: 20}),
				(secret, before, after) => {
					const text = b64(`${before}${secret}${after}`);
					const scrubbed = createRedactor([secret])(text);
					return scrubbed !== text && scrubbed.includes(redactedMarker);
				},
			),
		);
	});

	it('leaves ordinary text alone and handles an absent secret', () => {
		expect(redact('250 2.0.0 Ok: queued as ABC123')).toBe('250 2.0.0 Ok: queued as ABC123');
		expect(createRedactor([undefined, ''])('anything')).toBe('anything');
	});

	it('catches a short secret at any offset of a blob it knows nothing about', () => {
		// A 4-byte secret 10 bytes into a blob (offset 1 modulo 3) fills no whole base64 group
		// but decides 4 characters on its own; the redactor is not told the user here.
		for (const prefix of ['', 'u', 'us', 'user\0user\0', 'x\0y\0z']) {
			for (const suffix of ['', '!', '\u0001\u0001']) {
				const blob = b64(`${prefix}aaaa${suffix}`);
				expect(createRedactor(['aaaa'])(blob), `${prefix}|${suffix}`).toContain(redactedMarker);
			}
		}
	});

	it('takes a secret with a lone surrogate without throwing (it has no URL form)', () => {
		const secret = 'pass\uD83Dword';
		const scrub = createRedactor([secret]);
		expect(scrub(`x ${secret} y ${b64(secret)}`)).toBe('x <redacted> y <redacted>');
	});

	it('lists forms longest first', () => {
		const forms = secretForms(canary, user);
		expect(forms[0]!.length).toBeGreaterThanOrEqual(forms.at(-1)!.length);
		expect(forms).toContain(canary);
	});

	it('redacts deep values, keys included', () => {
		const value = {a: [canary, {[canary]: b64(canary)}], n: 1, b: true, z: null};
		const result = redactDeep(value, redact);
		expect(JSON.stringify(result)).not.toContain(canary);
		expect(result.n).toBe(1);
		expect(result.z).toBeNull();
	});
});

function ttyStream(): PassThrough & {isTTY: true} {
	return Object.assign(new PassThrough(), {isTTY: true as const});
}

describe('readSecret', () => {
	it('reads standard input, stripping one trailing newline only', async () => {
		const result = await readSecret({
			passwordStdin: true,
			stdin: Readable.from([`${canary}\n`]),
			env: {},
		});
		expect(result).toEqual({secret: canary, source: 'stdin', warnings: []});
		const spaced = await readSecret({
			passwordStdin: true,
			stdin: Readable.from([' a b \r\n\n']),
			env: {},
		});
		expect(spaced?.secret).toBe(' a b \r\n');
	});

	it('rejects empty, oversized, NUL-containing and terminal standard input', async () => {
		await expect(
			readSecret({passwordStdin: true, stdin: Readable.from(['\n']), env: {}}),
		).rejects.toThrow(/standard input was empty/);
		await expect(
			readSecret({
				passwordStdin: true,
				stdin: Readable.from(['x'.repeat(maxSecretBytes + 1)]),
				env: {},
			}),
		).rejects.toBeInstanceOf(SecretError);
		await expect(
			readSecret({passwordStdin: true, stdin: Readable.from(['a\0b']), env: {}}),
		).rejects.toThrow(/NUL/);
		await expect(readSecret({passwordStdin: true, stdin: ttyStream(), env: {}})).rejects.toThrow(
			/reads a pipe/,
		);
	});

	it('reads SMTP_DOCTOR_PASSWORD', async () => {
		expect(await readSecret({env: {SMTP_DOCTOR_PASSWORD: canary}})).toEqual({
			secret: canary,
			source: 'env',
			warnings: [],
		});
		expect(await readSecret({env: {SMTP_DOCTOR_PASSWORD: ''}})).toBeUndefined();
		expect(await readSecret({env: {}})).toBeUndefined();
	});

	it('warns about --password and refuses it with --password-stdin', async () => {
		const result = await readSecret({password: canary, env: {}});
		expect(result?.warnings).toEqual([processListWarning]);
		expect(processListWarning).toMatch(/process list/);
		await expect(
			readSecret({password: canary, passwordStdin: true, stdin: Readable.from(['x']), env: {}}),
		).rejects.toThrow(/not both/);
	});

	it('prefers standard input over the environment', async () => {
		const result = await readSecret({
			passwordStdin: true,
			stdin: Readable.from(['from-stdin']),
			env: {SMTP_DOCTOR_PASSWORD: 'from-env'},
		});
		expect(result?.source).toBe('stdin');
	});

	it('never puts the secret in its error messages', async () => {
		const secret = `${canary}\0`;
		const error = await readSecret({
			passwordStdin: true,
			stdin: Readable.from([secret]),
			env: {},
		}).catch((error_: unknown) => error_);
		expect(error).toBeInstanceOf(SecretError);
		expect(String((error as Error).message)).not.toContain(canary);
	});
});
