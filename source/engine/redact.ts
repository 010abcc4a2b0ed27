// Scrubs a secret from any text before it can reach a screen, a transcript, JSON or a report.
// Besides the secret itself it removes every base64 form a SASL exchange can put on the wire:
// PLAIN ("\0user\0secret"), LOGIN (the secret alone), XOAUTH2 ("user=...\x01auth=Bearer ...").
// Rather than listing those strings only, it derives the part of the base64 text that is the
// same whatever surrounds the secret (one per offset modulo 3, standard and URL-safe
// alphabets), so a secret inside any base64 blob is caught.

/** What a scrubbed secret is replaced with. */
export const redactedMarker = '<redacted>';

/** Shortest derived (base64 core) form that is scrubbed; shorter ones would hit ordinary text. */
const minimumDerivedLength = 4;

const toUrlSafe = (value: string): string =>
	value.replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');

/**
 * The base64 characters that encode `secret` the same way whatever bytes come before and
 * after it, when it starts at byte offset `offset` modulo 3 of the encoded blob.
 */
function base64Core(secret: Buffer, offset: 0 | 1 | 2): string {
	const encoded = Buffer.concat([Buffer.alloc(offset), secret]).toString('base64');
	// Character i holds bits 6i..6i+5 of the blob: it is the secret's alone when all of them
	// are, also in a last group the secret only partly fills (a 4-byte secret at offset 1 has
	// 4 such characters; whole groups alone would give 2, too short to scrub).
	const firstStable = Math.ceil((offset * 8) / 6);
	const endStable = Math.floor(((offset + secret.length) * 8) / 6);
	return encoded.slice(firstStable, endStable);
}

/** Every string that would reveal `secret` (plain, JSON-escaped, URL-encoded, base64 forms). */
export function secretForms(secret: string, user?: string): string[] {
	if (secret.length === 0) {
		return [];
	}

	const bytes = Buffer.from(secret, 'utf8');
	const exact = new Set<string>([secret]);
	const jsonEscaped = JSON.stringify(secret).slice(1, -1);
	exact.add(jsonEscaped);
	// A lone surrogate has no URL form (encodeURIComponent throws): the other forms still count.
	if (!/\p{Cs}/u.test(secret)) {
		exact.add(encodeURIComponent(secret));
	}

	const wholeBlobs: string[] = [bytes.toString('base64')];
	if (user !== undefined) {
		wholeBlobs.push(
			Buffer.from(`\0${user}\0${secret}`, 'utf8').toString('base64'),
			Buffer.from(`${user}\0${user}\0${secret}`, 'utf8').toString('base64'),
			Buffer.from(`user=${user}\u0001auth=Bearer ${secret}\u0001\u0001`, 'utf8').toString('base64'),
		);
	}

	for (const blob of wholeBlobs) {
		exact.add(blob);
		exact.add(blob.replace(/=+$/, ''));
		exact.add(toUrlSafe(blob));
	}

	for (const offset of [0, 1, 2] as const) {
		const core = base64Core(bytes, offset);
		if (core.length >= minimumDerivedLength) {
			exact.add(core);
			exact.add(toUrlSafe(core));
		}
	}

	// Longest first, so a blob is replaced whole before a core inside it.
	return [...exact].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * A function that scrubs the given secrets (and their encoded forms) from a string. `tail`
 * does the same for text that was cut at its end (a reply still arriving when the wait ended),
 * and also removes a trailing start of a secret (4 characters or more), which the whole-form
 * match cannot see.
 */
export type Redactor = ((text: string) => string) & {readonly tail?: (text: string) => string};

/** The shortest trailing start of a secret form that `tail` removes. */
const minimumTailLength = 4;

/** Builds a redactor for one or more secrets. With no secrets it returns text unchanged. */
export function createRedactor(
	secrets: ReadonlyArray<string | undefined>,
	options: {readonly user?: string} = {},
): Redactor {
	const forms = [
		...new Set(secrets.flatMap((secret) => (secret ? secretForms(secret, options.user) : []))),
	].sort((a, b) => b.length - a.length);
	if (forms.length === 0) {
		return (text) => text;
	}

	const redact = (text: string) => {
		let result = text;
		for (const form of forms) {
			if (result.includes(form)) {
				result = result.replaceAll(form, redactedMarker);
			}
		}

		return result;
	};

	const tail = (text: string) => {
		const result = redact(text);
		let cut = result.length;
		for (const form of forms) {
			for (
				let length = Math.min(form.length - 1, result.length);
				length >= minimumTailLength;
				length--
			) {
				if (result.endsWith(form.slice(0, length))) {
					cut = Math.min(cut, result.length - length);
					break;
				}
			}
		}

		return cut === result.length ? result : `${result.slice(0, cut)}${redactedMarker}`;
	};

	return Object.assign(redact, {tail});
}

/** Scrubs `secret` from `text` (convenience for one-off use). */
export function redactSecret(text: string, secret: string, user?: string): string {
	return createRedactor([secret], {user})(text);
}

/**
 * Deep-copies a plain data value (results, events), scrubbing every string in it, keys
 * included. For anything about to be printed or serialised.
 */
export function redactDeep<T>(value: T, redact: Redactor): T {
	return walk(value, redact) as T;
}

function walk(value: unknown, redact: Redactor): unknown {
	if (typeof value === 'string') {
		return redact(value);
	}

	if (Array.isArray(value)) {
		return value.map((item) => walk(item, redact));
	}

	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [redact(key), walk(item, redact)]),
		);
	}

	return value;
}

/** True when `text` contains the secret or any of its encoded forms (tests and assertions). */
export function containsSecret(text: string, secret: string, user?: string): boolean {
	return secretForms(secret, user).some((form) => text.includes(form));
}
