// Validation of everything the user types. Each check throws a UsageError with one line that
// names the flag, quotes the bad value (escaped) and says what is expected.
import {X509Certificate} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {isIP, isIPv4, isIPv6} from 'node:net';
import {parseDnsServerAddress} from '../engine/resolve.js';
import type {EncryptionMode, Timeouts} from '../engine/types.js';
import {escapeAndClip} from '../report/escape.js';
import {quote} from './quote.js';
import {UsageError} from '../config/usage-error.js';

export {quote} from './quote.js';

/** A validated host: a DNS name (RFC 1123) or an IP address (brackets removed). */
export type HostTarget = {
	readonly host: string;
	readonly kind: 'name' | 'ipv4' | 'ipv6';
};

const label = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/**
 * Validates a host given on the command line: a host name made of RFC 1123 labels (letters,
 * digits, inner hyphens, 1 to 63 characters each, 253 in all, one trailing dot allowed), an
 * IPv4 address, or an IPv6 address with or without brackets.
 */
export function parseHost(raw: string | undefined): HostTarget {
	const value = (raw ?? '').trim();
	if (value === '') {
		throw new UsageError('No host given. Example: smtp-doctor check smtp.example.com');
	}

	if (/^[a-z][a-z\d+.-]*:\/\//i.test(value)) {
		throw new UsageError(
			`Host ${quote(value)} looks like a URL; give only the host name, e.g. smtp.example.com`,
		);
	}

	if (value.startsWith('[')) {
		const inner = /^\[([^\]]*)\]$/.exec(value)?.[1];
		if (inner !== undefined && isIPv6(inner)) {
			return {host: inner, kind: 'ipv6'};
		}

		const withPort = /^\[([^\]]*)\]:(\d+)$/.exec(value);
		if (withPort && isIPv6(withPort[1]!)) {
			throw new UsageError(
				`Host ${quote(value)} contains a port; use: smtp-doctor check ${withPort[1]} --ports ${withPort[2]}`,
			);
		}

		throw new UsageError(`Host ${quote(value)} is not a valid IPv6 address in brackets`);
	}

	if (isIPv4(value)) {
		return {host: value, kind: 'ipv4'};
	}

	if (isIPv6(value)) {
		return {host: value, kind: 'ipv6'};
	}

	const hostPort = /^([^:]+):(\d+)$/.exec(value);
	if (hostPort) {
		throw new UsageError(
			`Host ${quote(value)} contains a port; use: smtp-doctor check ${escapeAndClip(hostPort[1]!, 80)} --ports ${hostPort[2]}`,
		);
	}

	if (value.includes('@')) {
		throw new UsageError(
			`Host ${quote(value)} looks like an email address; give the mail server's name, e.g. smtp.${escapeAndClip(value.slice(value.lastIndexOf('@') + 1), 60)}`,
		);
	}

	const name = value.endsWith('.') ? value.slice(0, -1) : value;
	if (name.length > 253) {
		throw new UsageError(`Host name is too long (${name.length} characters, at most 253)`);
	}

	const labels = name.split('.');
	const bad = labels.find((part) => !label.test(part));
	if (bad !== undefined) {
		const reason =
			bad === ''
				? 'has an empty label (two dots in a row, or a leading dot)'
				: bad.length > 63
					? `has a label longer than 63 characters`
					: `has an invalid label ${quote(bad)} (letters, digits and inner hyphens only)`;
		throw new UsageError(`Host ${quote(value)} ${reason}`);
	}

	if (labels.every((part) => /^\d+$/.test(part))) {
		throw new UsageError(`Host ${quote(value)} is not a valid IPv4 address`);
	}

	return {host: value, kind: 'name'};
}

const maxPorts = 16;

/** Parses `--ports 25,465,587,2525`: numbers 1 to 65535, duplicates dropped, order kept. */
export function parsePorts(raw: string): number[] {
	const parts = raw.split(',').map((part) => part.trim());
	if (parts.every((part) => part === '')) {
		throw new UsageError('--ports needs at least one port, e.g. --ports 465,587');
	}

	const ports: number[] = [];
	for (const part of parts) {
		if (!/^\d{1,5}$/.test(part)) {
			throw new UsageError(`--ports: ${quote(part)} is not a port number (1 to 65535)`);
		}

		const port = Number(part);
		if (port < 1 || port > 65_535) {
			throw new UsageError(`--ports: ${port} is out of range (1 to 65535)`);
		}

		if (!ports.includes(port)) {
			ports.push(port);
		}
	}

	if (ports.length > maxPorts) {
		throw new UsageError(
			`--ports: at most ${maxPorts} ports per run (mail servers rate-limit scanners)`,
		);
	}

	return ports;
}

export const modes: readonly EncryptionMode[] = ['auto', 'implicit-tls', 'starttls', 'none'];

/** Parses `--mode`. */
export function parseMode(raw: string | undefined): EncryptionMode {
	if (raw === undefined) {
		return 'auto';
	}

	const mode = modes.find((candidate) => candidate === raw.trim().toLowerCase());
	if (!mode) {
		throw new UsageError(`--mode: unknown mode ${quote(raw)}; use one of ${modes.join(', ')}`);
	}

	return mode;
}

const maxTimeoutMs = 600_000;

/** Parses a duration flag: milliseconds ("5000", "5000ms") or seconds ("5s", "1.5s"). */
export function parseDuration(flag: string, raw: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(raw.trim());
	if (!match) {
		throw new UsageError(
			`--${flag}: ${quote(raw)} is not a duration; use milliseconds (5000) or seconds (5s)`,
		);
	}

	const value = Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1);
	const ms = Math.round(value);
	if (ms < 1 || ms > maxTimeoutMs) {
		throw new UsageError(`--${flag}: ${quote(raw)} is out of range (1 ms to 600 s)`);
	}

	return ms;
}

/** The timeout flags as given (strings), before validation. */
export type TimeoutFlags = {
	readonly timeout?: string;
	readonly connectTimeout?: string;
	readonly greetingTimeout?: string;
	readonly commandTimeout?: string;
	readonly tlsTimeout?: string;
};

/** `--timeout` sets every phase; the per-phase flags override it. */
export function parseTimeouts(flags: TimeoutFlags, defaults: Timeouts): Timeouts {
	const all = flags.timeout === undefined ? undefined : parseDuration('timeout', flags.timeout);
	const pick = (flag: string, raw: string | undefined, fallback: number): number =>
		raw === undefined ? (all ?? fallback) : parseDuration(flag, raw);
	return {
		connect: pick('connect-timeout', flags.connectTimeout, defaults.connect),
		greeting: pick('greeting-timeout', flags.greetingTimeout, defaults.greeting),
		command: pick('command-timeout', flags.commandTimeout, defaults.command),
		tls: pick('tls-timeout', flags.tlsTimeout, defaults.tls),
	};
}

const pemBegin = '-----BEGIN CERTIFICATE-----';
const pemEnd = '-----END CERTIFICATE-----';

/**
 * Each BEGIN up to the next END, as /BEGIN[\s\S]*?END/g finds them, in one pass: that pattern
 * scans to the end of the file again from every BEGIN that has no END after it (a 1.6 MB file
 * of BEGIN lines took 56 s; bench/regex-backtracking.mjs).
 */
function pemBlocks(text: string): string[] {
	const blocks: string[] = [];
	let start = text.indexOf(pemBegin);
	while (start !== -1) {
		const end = text.indexOf(pemEnd, start + pemBegin.length);
		if (end === -1) {
			break;
		}

		blocks.push(text.slice(start, end + pemEnd.length));
		start = text.indexOf(pemBegin, end + pemEnd.length);
	}

	return blocks;
}

/** Reads `--ca FILE`: one or more PEM certificates, each checked to parse. */
export function readCaFile(
	file: string,
	read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): string[] {
	if (file.trim() === '') {
		throw new UsageError('--ca needs a file name');
	}

	let text: string;
	try {
		text = read(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EACCES'
					? 'permission denied'
					: code === 'EISDIR'
						? 'is a directory'
						: (code ?? 'unreadable');
		throw new UsageError(`--ca: cannot read ${quote(file)}: ${reason}`);
	}

	const blocks = pemBlocks(text);
	if (blocks.length === 0) {
		throw new UsageError(
			`--ca: ${quote(file)} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
		);
	}

	for (const [index, block] of blocks.entries()) {
		try {
			new X509Certificate(block);
		} catch {
			throw new UsageError(`--ca: certificate ${index + 1} in ${quote(file)} is not valid PEM`);
		}
	}

	return blocks;
}

/** Validates `--ehlo NAME`: a host name or an address literal such as [192.0.2.1]. */
export function parseEhloName(raw: string): string {
	const value = raw.trim();
	const literal = /^\[(?:IPv6:)?([^\]]+)\]$/i.exec(value);
	if (literal && isIP(literal[1]!) !== 0) {
		return value;
	}

	try {
		const target = parseHost(value);
		if (target.kind === 'name') {
			return target.host;
		}

		return target.kind === 'ipv4' ? `[${target.host}]` : `[IPv6:${target.host}]`;
	} catch (error) {
		if (error instanceof UsageError) {
			throw new UsageError(`--ehlo: ${quote(raw)} is not a host name or address literal`);
		}

		throw error;
	}
}

/** Validates `--servername NAME`: a host name (SNI carries names, never addresses). */
export function parseServername(raw: string): string {
	let target: HostTarget;
	try {
		target = parseHost(raw);
	} catch (error) {
		if (error instanceof UsageError) {
			throw new UsageError(`--servername: ${quote(raw)} is not a valid host name`);
		}

		throw error;
	}

	if (target.kind !== 'name') {
		throw new UsageError(
			`--servername: ${quote(raw)} is an address; give the name the certificate should carry`,
		);
	}

	return target.host.replace(/\.$/, '');
}

/** Validates `--dns-server` with the engine's parser (IP, IP:PORT, [IPv6]:PORT, [IPv6]). */
export function parseDnsServer(raw: string): string {
	const parsed = parseDnsServerAddress(raw);
	if ('reason' in parsed) {
		throw new UsageError(
			`--dns-server: ${quote(raw)} is not IP or IP:PORT with a port 1-65535 (e.g. 1.1.1.1 or [::1]:5353)`,
		);
	}

	// The engine parses it again with the same parser; keep what the user typed for display.
	return raw.trim();
}

/** `-4` / `-6` to an address family; both at once is a usage error. */
export function parseFamily(ipv4: boolean | undefined, ipv6: boolean | undefined): 0 | 4 | 6 {
	if (ipv4 && ipv6) {
		throw new UsageError('-4 and -6 cannot be used together');
	}

	return ipv4 ? 4 : ipv6 ? 6 : 0;
}
