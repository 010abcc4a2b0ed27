// The name we announce in EHLO/HELO. RFC 5321 §4.1.4 wants the client's FQDN (or an address
// literal); a bare or unusual host name makes some servers reject EHLO, so fall back to a
// neutral name under the reserved `.invalid` TLD (RFC 2606).
import os from 'node:os';

/** Neutral EHLO name used when this machine has no usable fully qualified host name. */
export const neutralEhloName = 'smtp-doctor.invalid';

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

/** This machine's host name when it is FQDN-like, else `smtp-doctor.invalid`. */
export function defaultEhloName(hostname: string = os.hostname()): string {
	return isFqdnLike(hostname) ? hostname.replace(/\.$/, '') : neutralEhloName;
}
