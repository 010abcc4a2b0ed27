// Checks for the custom host form, run on every keystroke so mistakes show before any probe.
import net from 'node:net';
import {createTranslator, type Translator} from '../../i18n/translate.js';

const english = createTranslator('en');

/** Either a value or a one-line reason. */
export type Checked<T> = {readonly value: T; readonly error?: undefined} | {readonly error: string};

const label = /^(?!-)[a-z\d-]{1,63}(?<!-)$/i;

export function checkHost(raw: string, t: Translator = english): Checked<string> {
	const host = raw.trim().replace(/\.$/, '');
	if (host === '') {
		return {error: t('custom.hostEmpty')};
	}

	if (net.isIP(host) !== 0) {
		return {value: host};
	}

	if (/[\s/:@]/.test(host)) {
		return {error: t('custom.hostBadCharacters')};
	}

	if (host.length > 253) {
		return {error: t('custom.hostTooLong')};
	}

	const bad = host.split('.').find((part) => !label.test(part));
	if (bad !== undefined) {
		return {error: t('custom.hostBadLabel', {label: bad.slice(0, 30)})};
	}

	return {value: host.toLowerCase()};
}

export function checkPorts(raw: string, t: Translator = english): Checked<number[]> {
	const parts = raw
		.split(/[\s,]+/)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0) {
		return {error: t('custom.portsEmpty')};
	}

	const ports: number[] = [];
	for (const part of parts) {
		const port = /^\d{1,5}$/.test(part) ? Number(part) : Number.NaN;
		if (!Number.isInteger(port) || port < 1 || port > 65_535) {
			return {error: t('custom.portInvalid', {port: part.slice(0, 12)})};
		}

		if (!ports.includes(port)) {
			ports.push(port);
		}
	}

	if (ports.length > 8) {
		return {error: t('custom.tooManyPorts', {max: 8})};
	}

	return {value: ports};
}

const maxDurationMs = 600_000;

/** A duration as the flags take it: milliseconds ("5000", "500ms") or seconds ("30s", "1.5s"). */
export function checkDuration(raw: string, t: Translator = english): Checked<number> {
	const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(raw.trim());
	if (!match) {
		return {error: t('options.badDuration', {value: raw.trim().slice(0, 20)})};
	}

	const ms = Math.round(Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1));
	return ms >= 1 && ms <= maxDurationMs
		? {value: ms}
		: {error: t('options.durationRange', {value: raw.trim().slice(0, 20)})};
}

/** A duration shown the way a person types it ("10s", "1500ms"). */
export function formatDuration(ms: number): string {
	return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** An optional host name (empty: none). */
export function checkOptionalHost(
	raw: string,
	t: Translator = english,
): Checked<string | undefined> {
	return raw.trim() === '' ? {value: undefined} : checkHost(raw, t);
}

/**
 * "host:port" typed or pasted into the host field: the host, and the port for the ports field.
 * An IPv6 address keeps its colons ("[::1]:587" names port 587).
 */
export function splitHostPort(raw: string): {readonly host: string; readonly port?: string} {
	const text = raw.trim();
	const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
	if (bracketed) {
		return {host: bracketed[1]!, ...(bracketed[2] ? {port: bracketed[2]} : {})};
	}

	const match = /^([^:]+):(\d{1,5})$/.exec(text);
	return match ? {host: match[1]!, port: match[2]!} : {host: text};
}
