// The name we announce in EHLO/HELO. RFC 5321 §4.1.4 wants the client's FQDN or, when it has
// none, an address literal; a bare or unusual host name makes some servers reject EHLO. So:
// `--ehlo NAME` if given, else this machine's host name when it is an FQDN, else the local
// address of the connection as a literal ("[192.0.2.7]", "[IPv6:2001:db8::7]"), known only
// after connecting. `neutralEhloName` stands for "no FQDN here" in ProbeOptions until then,
// and is sent as is only if the local address is unknown.
import {isIP} from 'node:net';
import os from 'node:os';

/** Placeholder (reserved `.invalid` TLD, RFC 2606) meaning "no FQDN: use the local address literal". */
export const neutralEhloName = 'smtp-doctor.invalid';

/** RFC 5321 §4.1.3 address literal for a local socket address, or undefined when it is not an IP. */
export function addressLiteral(address: string | undefined): string | undefined {
	if (!address) {
		return undefined;
	}

	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
	const plain = mapped ?? address.replace(/%.*$/, '');
	const family = isIP(plain);
	return family === 4 ? `[${plain}]` : family === 6 ? `[IPv6:${plain}]` : undefined;
}

/** The name to send on a connection whose local address is `localAddress`. */
export function ehloNameFor(configured: string, localAddress: string | undefined): string {
	return configured === neutralEhloName
		? (addressLiteral(localAddress) ?? neutralEhloName)
		: configured;
}

const labelPattern = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/** True when `name` looks like a fully qualified domain name (two or more valid labels, not localhost). */
export function isFqdnLike(name: string): boolean {
	const trimmed = name.replace(/\.$/, '');
	const labels = trimmed.split('.');
	return (
		trimmed.length <= 253 &&
		labels.length >= 2 &&
		labels.every((label) => labelPattern.test(label)) &&
		!/^\d+$/.test(labels.at(-1) ?? '') &&
		!/(?:^|\.)localhost$|\.localdomain$/i.test(trimmed)
	);
}

/**
 * This machine's host name when it is FQDN-like, else `neutralEhloName`, which the probe
 * replaces by the connection's local address literal (see `ehloNameFor`).
 */
export function defaultEhloName(hostname: string = os.hostname()): string {
	return isFqdnLike(hostname) ? hostname.replace(/\.$/, '') : neutralEhloName;
}
