// Checks for the custom host form, run on every keystroke so mistakes show before any probe.
import net from 'node:net';

/** Either a value or a one-line reason. */
export type Checked<T> = {readonly value: T; readonly error?: undefined} | {readonly error: string};

const label = /^(?!-)[a-z\d-]{1,63}(?<!-)$/i;

export function checkHost(raw: string): Checked<string> {
	const host = raw.trim().replace(/\.$/, '');
	if (host === '') {
		return {error: 'Type the SMTP host name, for example smtp.hostinger.com.'};
	}

	if (net.isIP(host) !== 0) {
		return {value: host};
	}

	if (/[\s/:@]/.test(host)) {
		return {error: 'A host name has no spaces, slashes, colons or @ (type only the server name).'};
	}

	if (host.length > 253) {
		return {error: 'That host name is longer than 253 characters.'};
	}

	const bad = host.split('.').find((part) => !label.test(part));
	if (bad !== undefined) {
		return {
			error: `"${bad.slice(0, 30)}" is not a valid part of a host name (letters, digits, hyphens).`,
		};
	}

	return {value: host.toLowerCase()};
}

export function checkPorts(raw: string): Checked<number[]> {
	const parts = raw
		.split(/[\s,]+/)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0) {
		return {error: 'Type at least one port, for example 465,587.'};
	}

	const ports: number[] = [];
	for (const part of parts) {
		const port = /^\d{1,5}$/.test(part) ? Number(part) : Number.NaN;
		if (!Number.isInteger(port) || port < 1 || port > 65_535) {
			return {error: `Port "${part.slice(0, 12)}" is not a number from 1 to 65535.`};
		}

		if (!ports.includes(port)) {
			ports.push(port);
		}
	}

	if (ports.length > 8) {
		return {error: 'At most 8 ports per run, to stay gentle with the server.'};
	}

	return {value: ports};
}
