// Name resolution, once per run: A and AAAA through node:dns Resolver (so a `dnsServer`
// option can point at a specific server), IP literals without DNS, and `localhost` per
// RFC 6761 (never sent to DNS). Without a `dnsServer`, a name DNS does not know is also
// looked up once through the system resolver, so /etc/hosts entries work.
import type {Resolver} from 'node:dns/promises';
import {isIP} from 'node:net';
import {domainToASCII} from 'node:url';
import {sanitizeText} from './sanitize.js';
import type {ResolvedAddress, Verdict} from './types.js';
import {makeVerdict} from './verdict.js';

/** What resolving the host produced: addresses (IPv4 first), or the verdict explaining why none. */
export type ResolveOutcome = {
	readonly addresses: readonly ResolvedAddress[];
	readonly verdict?: Verdict;
	readonly isCancelled?: boolean;
};

/** A parsed `--dns-server` value. */
export type DnsServerParts = {
	readonly address: string;
	readonly family: 4 | 6;
	/** 53 unless given. */
	readonly port: number;
	/** The form node:dns `Resolver.setServers` takes: "1.2.3.4:53" or "[::1]:53". */
	readonly server: string;
};

/**
 * The one `--dns-server` parser (CLI, discovery and engine all use it): IPv4, IPv6,
 * IPv4:PORT, [IPv6]:PORT or [IPv6]; the port is 1-65535 (default 53). `reason` says what
 * was wrong: the address, or the port.
 */
export function parseDnsServerAddress(
	raw: string,
): DnsServerParts | {readonly reason: 'address' | 'port'} {
	const text = raw.trim();
	let address = text;
	let portText: string | undefined;
	const bracketed = /^\[([^\]]*)\](?::([^:]*))?$/.exec(text);
	if (bracketed) {
		address = bracketed[1] ?? '';
		portText = bracketed[2];
		if (isIP(address) !== 6) {
			return {reason: 'address'};
		}
	} else if (isIP(text) === 0) {
		const colon = text.lastIndexOf(':');
		if (colon !== -1 && isIP(text.slice(0, colon)) === 4) {
			address = text.slice(0, colon);
			portText = text.slice(colon + 1);
		}
	}

	const family = isIP(address);
	if (family !== 4 && family !== 6) {
		return {reason: 'address'};
	}

	let port = 53;
	if (portText !== undefined) {
		port = /^\d{1,5}$/.test(portText) ? Number(portText) : 0;
		if (port < 1 || port > 65_535) {
			return {reason: 'port'};
		}
	}

	return {
		address,
		family,
		port,
		server: family === 6 ? `[${address}]:${port}` : `${address}:${port}`,
	};
}

/** Parses a `--dns-server` value into the form `Resolver.setServers` accepts, or undefined. */
export function dnsServerAddress(server: string): string | undefined {
	const parsed = parseDnsServerAddress(server);
	return 'server' in parsed ? parsed.server : undefined;
}

function codeOf(error: unknown): string {
	return typeof error === 'object' && error !== null && 'code' in error
		? String(error.code)
		: 'EUNKNOWN';
}

const noDataCodes = new Set(['ENODATA', 'ENOTFOUND_NODATA']);

/**
 * getaddrinfo (hosts file, NSS), bounded by the timeout and the signal. It cannot be
 * cancelled, so on timeout or abort the answer is simply ignored.
 */
async function systemLookup(
	name: string,
	options: {readonly family: 0 | 4 | 6; readonly timeoutMs: number; readonly signal: AbortSignal},
): Promise<ResolvedAddress[]> {
	// node:dns loads only when a name is resolved (an IP literal never needs it; bench/notes).
	const {lookup} = await import('node:dns/promises');
	if (options.signal.aborted) {
		return [];
	}

	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	const giveUp = new Promise<ResolvedAddress[]>((resolve) => {
		timer = setTimeout(() => {
			resolve([]);
		}, options.timeoutMs);
		onAbort = () => {
			resolve([]);
		};

		options.signal.addEventListener('abort', onAbort, {once: true});
	});
	const answer = lookup(name, {all: true, family: options.family, verbatim: true}).then(
		(items) =>
			items.flatMap((item): ResolvedAddress[] =>
				item.family === 4 || item.family === 6
					? [{address: item.address, family: item.family}]
					: [],
			),
		() => [],
	);
	try {
		return await Promise.race([answer, giveUp]);
	} finally {
		clearTimeout(timer);
		if (onAbort) {
			options.signal.removeEventListener('abort', onAbort);
		}
	}
}

/**
 * A name that exists in public DNS whatever happens (RFC 2606 reserves it, IANA serves it). If
 * the resolver denies it too, the resolver, not the user's host name, is the problem.
 */
export const dnsControlName = 'example.com';

/** True when `resolver` knows the control name (so a denied name is really unknown, not a dead resolver). */
export async function controlNameResolves(resolver: Pick<Resolver, 'resolve4'>): Promise<boolean> {
	try {
		await resolver.resolve4(dnsControlName);
		return true;
	} catch (error: unknown) {
		// Only "no A record" still proves the resolver knows the name.
		return noDataCodes.has(codeOf(error));
	}
}

/** Resolves `host` for the requested family (0 = both). */
export async function resolveHost(
	host: string,
	options: {
		readonly family: 0 | 4 | 6;
		readonly dnsServer?: string;
		readonly timeoutMs: number;
		readonly signal: AbortSignal;
	},
): Promise<ResolveOutcome> {
	// Internationalised names go to DNS in their ASCII (punycode) form.
	const name = domainToASCII(host.replace(/\.$/, '')) || host.replace(/\.$/, '');
	const literal = isIP(name.replace(/^\[(.*)\]$/, '$1'));
	if (literal !== 0) {
		const address = name.replace(/^\[(.*)\]$/, '$1');
		if (options.family !== 0 && options.family !== literal) {
			return {
				addresses: [],
				verdict: makeVerdict('dns-no-address', {name: address, family: options.family}),
			};
		}

		return {addresses: [{address, family: literal as 4 | 6}]};
	}

	if (name.toLowerCase() === 'localhost' || name.toLowerCase().endsWith('.localhost')) {
		const all: ResolvedAddress[] = [
			{address: '127.0.0.1', family: 4},
			{address: '::1', family: 6},
		];
		return {
			addresses: all.filter((item) => options.family === 0 || item.family === options.family),
		};
	}

	const shownName = sanitizeText(name, {maxLength: 253});
	const {Resolver} = await import('node:dns/promises');
	const resolver = new Resolver({
		timeout: Math.max(500, Math.floor(options.timeoutMs / 2)),
		tries: 2,
	});
	if (options.dnsServer) {
		const server = dnsServerAddress(options.dnsServer);
		if (!server) {
			return {
				addresses: [],
				verdict: makeVerdict('dns-unavailable', {
					name: shownName,
					server: sanitizeText(options.dnsServer, {maxLength: 100}),
					errorCode: 'EBADSERVER',
				}),
			};
		}

		resolver.setServers([server]);
	}

	const onAbort = () => {
		resolver.cancel();
	};

	options.signal.addEventListener('abort', onAbort, {once: true});
	try {
		const wanted: Array<4 | 6> = options.family === 0 ? [4, 6] : [options.family];
		const results = await Promise.all(
			wanted.map(async (family) => {
				try {
					const list = family === 4 ? await resolver.resolve4(name) : await resolver.resolve6(name);
					return {family, list, code: undefined};
				} catch (error: unknown) {
					return {family, list: [] as string[], code: codeOf(error)};
				}
			}),
		);
		if (options.signal.aborted) {
			return {addresses: [], isCancelled: true};
		}

		const addresses: ResolvedAddress[] = results.flatMap((result) =>
			result.list.map((address) => ({address, family: result.family})),
		);
		if (addresses.length > 0) {
			return {addresses};
		}

		if (!options.dnsServer) {
			// Names from /etc/hosts (or mDNS, NSS) never reach DNS: ask the system resolver once.
			const local = await systemLookup(name, options);
			if (local.length > 0) {
				return {addresses: local};
			}
		}

		const codes = results.map((result) => result.code ?? 'ENODATA');
		if (codes.includes('ENOTFOUND')) {
			// A resolver that denies every name (offline, sandboxed or filtered DNS) must not be
			// reported as a typo: ask once for a name that always exists before blaming the name.
			if (!(await controlNameResolves(resolver)) && !options.signal.aborted) {
				return {
					addresses: [],
					verdict: makeVerdict('dns-unavailable', {
						name: shownName,
						errorCode: 'ENOTFOUND',
						control: dnsControlName,
						...(options.dnsServer
							? {server: sanitizeText(options.dnsServer, {maxLength: 100})}
							: {}),
					}),
				};
			}

			return {addresses: [], verdict: makeVerdict('dns-nxdomain', {name: shownName})};
		}

		if (codes.every((code) => noDataCodes.has(code))) {
			return {
				addresses: [],
				verdict: makeVerdict('dns-no-address', {name: shownName, family: options.family}),
			};
		}

		const errorCode = codes.find((code) => !noDataCodes.has(code)) ?? 'EUNKNOWN';
		return {
			addresses: [],
			verdict: makeVerdict('dns-unavailable', {
				name: shownName,
				errorCode,
				...(options.dnsServer ? {server: sanitizeText(options.dnsServer, {maxLength: 100})} : {}),
			}),
		};
	} finally {
		options.signal.removeEventListener('abort', onAbort);
	}
}
