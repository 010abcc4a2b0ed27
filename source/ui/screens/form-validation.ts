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
