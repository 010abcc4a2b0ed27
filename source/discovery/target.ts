// Validates what the user typed for discovery: an email address or a domain.
import {isIP} from 'node:net';
import {domainToASCII} from 'node:url';
import {parseDnsServerAddress} from '../engine/resolve.js';
import {sanitizeText} from '../engine/sanitize.js';

/** Bad discovery input or DNS server option: shown as a one-line error, exit code 2. */
export class DiscoveryInputError extends Error {
	override name = 'DiscoveryInputError';
}

/** A validated discovery target. `domain` is lower-case ASCII (IDNs in punycode). */
export type DiscoveryTarget = {
	readonly input: string;
	readonly domain: string;
	/** Present when the input was an email address. */
	readonly email?: string;
};

const labelPattern = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/;

/** Shows user text inside an error message without letting control characters through. */
export function quoteInput(text: string): string {
	return `"${sanitizeText(text, {maxLength: 80})}"`;
}

/** Parses "you@example.com" or "example.com". Throws DiscoveryInputError with a clear reason. */
export function parseDiscoveryTarget(raw: string): DiscoveryTarget {
	const input = raw.trim();
	if (input === '') {
		throw new DiscoveryInputError('give an email address or a domain, like you@example.com');
	}

	if (/[\s\u0000-\u001F\u007F]/.test(input)) {
		throw new DiscoveryInputError(
			`${quoteInput(input)} is not an email address or domain: it contains spaces or control characters`,
		);
	}

	const at = input.lastIndexOf('@');
	if (at === -1) {
		return {input, domain: parseDomain(input, input)};
	}

	const local = input.slice(0, at);
	const domainPart = input.slice(at + 1);
	if (local === '') {
		throw new DiscoveryInputError(
			`${quoteInput(input)} is not an email address: nothing before "@"`,
		);
	}

	if (domainPart === '') {
		throw new DiscoveryInputError(
			`${quoteInput(input)} is not an email address: nothing after "@"`,
		);
	}

	if (local.length > 64) {
		throw new DiscoveryInputError(
			`${quoteInput(input)} is not an email address: the part before "@" is longer than 64 characters`,
		);
	}

	const domain = parseDomain(domainPart, input);
	return {input, domain, email: `${local}@${domain}`};
}

function parseDomain(text: string, input: string): string {
	const withoutDot = text.endsWith('.') ? text.slice(0, -1) : text;
	const bare =
		withoutDot.startsWith('[') && withoutDot.endsWith(']') ? withoutDot.slice(1, -1) : withoutDot;
	if (isIP(bare) !== 0) {
		throw new DiscoveryInputError(
			`${quoteInput(input)}: discovery needs a domain name, not an IP address; to test a server directly run: smtp-doctor check ${bare}`,
		);
	}

	const ascii = domainToASCII(withoutDot);
	if (ascii === '') {
		throw new DiscoveryInputError(`${quoteInput(input)} is not a valid domain name`);
	}

	if (ascii.length > 253) {
		throw new DiscoveryInputError(`${quoteInput(input)}: the domain is longer than 253 characters`);
	}

	const labels = ascii.split('.');
	if (labels.length < 2) {
		throw new DiscoveryInputError(
			`${quoteInput(input)}: a mail domain needs at least one dot, like example.com`,
		);
	}

	for (const label of labels) {
		if (!labelPattern.test(label)) {
			throw new DiscoveryInputError(
				`${quoteInput(input)} is not a valid domain name: ${quoteInput(label)} is not a valid label (letters, digits, inner hyphens, at most 63 characters)`,
			);
		}
	}

	if (/^\d+$/.test(labels.at(-1)!)) {
		throw new DiscoveryInputError(`${quoteInput(input)} is not a valid domain name`);
	}

	return ascii;
}

/** A parsed `--dns-server` value: "IP", "IP:PORT", "[IPv6]:PORT" or "[IPv6]". */
export type DnsServerAddress = {
	readonly address: string;
	readonly port: number;
	/** The form node:dns `setServers` takes. */
	readonly server: string;
};

/** Parses `--dns-server` with the engine's parser. Throws DiscoveryInputError for anything else. */
export function parseDnsServer(raw: string): DnsServerAddress {
	const text = raw.trim();
	const parsed = parseDnsServerAddress(text);
	if ('reason' in parsed) {
		throw new DiscoveryInputError(
			parsed.reason === 'port'
				? `--dns-server ${quoteInput(text)}: port must be 1-65535`
				: `--dns-server ${quoteInput(text)}: expected IP or IP:PORT, like 127.0.0.1:5353 or [::1]:5353`,
		);
	}

	return {address: parsed.address, port: parsed.port, server: parsed.server};
}
