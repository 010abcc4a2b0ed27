// Helpers of the real-MTA tier: run the BUILT CLI against the test MTA, read the password and
// the MTA's logs, and search every output for every form of the secret (never printing it).
import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {inject} from 'vitest';
import type {z} from 'zod';
import {jsonReportSchema} from '../report/json-schema.js';
import type {MtaInfo} from './mta-info.js';

export const cliPath = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));

/** The running MTA (started by global-setup.ts). */
export function mta(): MtaInfo {
	return inject('mta');
}

/** The password made for this MTA run (mta.sh writes it to a 0600 file and never prints it). */
export function password(): string {
	return readFileSync(mta().passwordFile, 'utf8');
}

/** A finished CLI run. */
export type CliRun = {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
};

/** Options of one CLI run. */
export type RunOptions = {
	/** Extra environment (e.g. SMTP_DOCTOR_PASSWORD). */
	readonly env?: NodeJS.ProcessEnv;
	/** Written to stdin, then stdin is closed; without it stdin is closed at once. */
	readonly stdin?: string;
};

/** Runs `node distribution/cli.js ...args` without a TTY, no colour, English, to the end. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
	if (!existsSync(cliPath)) {
		throw new Error(
			'distribution/cli.js is missing: run `npm run build` (npm run test:mta does it)',
		);
	}

	const env: NodeJS.ProcessEnv = {
		...process.env,
		LANG: 'C',
		LC_ALL: '',
		LC_MESSAGES: '',
		NO_COLOR: '1',
	};
	for (const key of [
		'FORCE_COLOR',
		'NODE_OPTIONS',
		'NODE_EXTRA_CA_CERTS',
		'SMTP_DOCTOR_PASSWORD',
	]) {
		delete env[key];
	}

	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...env, ...options.env},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdin.end(options.stdin ?? '');
	return new Promise<CliRun>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code) => {
			resolve({code, stdout, stderr});
		});
	});
}

/** `check ADDRESS` with the MTA's CA trusted, plus `args`. */
export function checkArgs(...args: string[]): string[] {
	return ['check', mta().address, '--ca', mta().ca, ...args];
}

/**
 * Every form a secret could leak in: itself, its base64 and base64url forms, the SASL PLAIN
 * blob, the LOGIN answer, URL and JSON escapes, and every prefix and suffix of 6+ characters.
 */
export function secretForms(user: string, secret: string): string[] {
	const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
	const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
	const forms = new Set<string>([
		secret,
		base64(secret),
		base64url(secret),
		base64(`\0${user}\0${secret}`),
		base64url(`\0${user}\0${secret}`),
		base64(`${user}\0${user}\0${secret}`),
		encodeURIComponent(secret),
		JSON.stringify(secret).slice(1, -1),
	]);
	for (let length = 6; length < secret.length; length++) {
		forms.add(secret.slice(0, length));
		forms.add(secret.slice(-length));
	}

	// The base64 of the PLAIN blob without its padding (a cut blob still gives most of it away).
	forms.add(base64(`\0${user}\0${secret}`).replace(/=+$/, '').slice(0, -4));
	return [...forms].filter((form) => form.length >= 6);
}

/**
 * Throws when any form of any secret occurs in any of the texts. The message names the text and
 * the kind of form, never the secret itself (a failing test must not print it either).
 */
export function assertNoSecret(
	texts: Readonly<Record<string, string>>,
	user: string,
	secrets: readonly string[],
): void {
	for (const [secretIndex, secret] of secrets.entries()) {
		const forms = secretForms(user, secret);
		for (const [where, text] of Object.entries(texts)) {
			for (const [formIndex, form] of forms.entries()) {
				if (text.includes(form)) {
					throw new Error(
						`secret #${secretIndex + 1} leaked into ${where}: form #${formIndex} (${form.length} characters) at offset ${text.indexOf(form)}`,
					);
				}
			}
		}
	}
}

/** The Postfix log (maillog_file) as it is now. */
export function postfixLog(): string {
	return readFileSync(mta().postfixLog, 'utf8');
}

/** The Dovecot log as it is now ('' before Dovecot wrote anything). */
export function dovecotLog(): string {
	return existsSync(mta().dovecotLog) ? readFileSync(mta().dovecotLog, 'utf8') : '';
}

/** Lines of a log written after `offset` (a length read before the run). */
export function linesAfter(log: string, offset: number): string[] {
	return log.slice(offset).split('\n').filter(Boolean);
}

/** The JSON report of a run (`--json`), as the documented schema (tests/report/json-schema.ts). */
export type JsonRun = z.infer<typeof jsonReportSchema>;

/** One port of the JSON report. */
export type JsonPort = JsonRun['ports'][number];

/**
 * Parses `--json` output and checks it against the documented schema (strict: a field the
 * schema does not know fails too); fails with the start of stdout/stderr when it is not JSON.
 */
export function parseJson(run: CliRun): JsonRun {
	let value: unknown;
	try {
		value = JSON.parse(run.stdout);
	} catch {
		throw new Error(
			`not JSON (exit ${run.code}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`,
		);
	}

	return jsonReportSchema.parse(value);
}

/** The port `port` of a JSON report. */
export function port(report: JsonRun, number: number): JsonPort {
	const found = report.ports.find((entry) => entry.port === number);
	if (!found) {
		throw new Error(`port ${number} is not in the report`);
	}

	return found;
}
