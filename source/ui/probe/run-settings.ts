// What a probe session runs with, as the options screen edits it: ports, mode, timeouts, a CA
// file, the certificate name, the EHLO name and what the login may do. Starts from the command
// line; a change re-runs the probe.
import {readFile} from 'node:fs/promises';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {EncryptionMode, Timeouts} from '../../engine/types.js';
import type {AppServices, ProbeRequest} from '../app/services.js';
import type {RunOverrides} from '../hooks/use-probe-run.js';

export type AuthMechanism = 'PLAIN' | 'LOGIN' | 'XOAUTH2';

export type RunSettings = {
	readonly ports: readonly number[];
	readonly mode: EncryptionMode;
	readonly timeouts: Timeouts;
	/** The command line's `--ca` certificates. */
	readonly commandLineCa?: readonly string[];
	/** A PEM file picked in the app, and its certificates (used instead of `--ca`'s). */
	readonly caFile?: {readonly path: string; readonly pems: readonly string[]};
	readonly servername?: string;
	readonly ehloName: string;
	readonly allowPlaintext: boolean;
	readonly allowInsecure: boolean;
	readonly mechanism?: AuthMechanism;
};

/** The settings a session starts with: the request's ports and the command line's options. */
export function initialRunSettings(
	request: ProbeRequest,
	base: AppServices['baseOptions'],
	login: LoginDefaults,
): RunSettings {
	return {
		ports: request.ports,
		mode: base.mode ?? 'auto',
		timeouts: base.timeouts ?? {connect: 5000, greeting: 10_000, command: 10_000, tls: 10_000},
		...(base.ca ? {commandLineCa: base.ca} : {}),
		...(base.servername ? {servername: base.servername} : {}),
		ehloName: base.ehloName ?? 'localhost',
		allowPlaintext: login.allowPlaintext === true,
		allowInsecure: login.allowInsecure === true,
		...(login.mechanism ? {mechanism: login.mechanism} : {}),
	};
}

/** What the run takes from the settings (the login flags go into the credentials). */
export function runOverrides(settings: RunSettings): RunOverrides {
	const ca = settings.caFile?.pems ?? settings.commandLineCa;
	return {
		ports: settings.ports,
		options: {
			mode: settings.mode,
			timeouts: settings.timeouts,
			ehloName: settings.ehloName,
			...(ca ? {ca} : {}),
			...(settings.servername ? {servername: settings.servername} : {}),
		},
	};
}

const maxCaFileBytes = 1024 * 1024;
const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM file; throws an Error with a one-line reason. */
export async function readCaFile(file: string): Promise<string[]> {
	let text: string;
	try {
		const content = await readFile(file);
		if (content.length > maxCaFileBytes) {
			throw new Error('the file is larger than 1 MiB');
		}

		text = content.toString('utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'that is a folder'
					: code === 'EACCES'
						? 'permission denied'
						: error instanceof Error
							? error.message
							: String(error),
		);
	}

	const pems = text.match(pemBlock) ?? [];
	if (pems.length === 0) {
		throw new Error('no PEM certificate in it (-----BEGIN CERTIFICATE-----)');
	}

	return pems;
}
