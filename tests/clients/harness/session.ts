// One client run against one server: build the settings smtp-doctor prints for the server
// (clientSettings), write or run exactly that text with the client, and report what the client
// printed and what the server saw. Shared by the proof tests and the error recorder.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {
	clientSettings,
	type ClientInput,
	type ClientSettings,
} from '../../../source/clients/index.js';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../../helpers/certificates.js';
import type {AcceptedMessage, LoginRecord} from './mail-server.js';
import {clientRunners, runClient, type RunResult} from './runners.js';

/** The login the test servers accept. */
export const testUser = 'tester@example.com';

/** A throwaway password, URL-safe so it fits a DSN unencoded; never a real secret. */
export function testPassword(): string {
	return `T3st-${Math.random().toString(36).slice(2, 12)}`;
}

/** The test PKI: a CA the clients are told to trust and leaves for the servers. */
export type TestPki = {
	readonly ca: TestCertificate;
	readonly caFile: string;
	/** Signed by the CA for localhost and 127.0.0.1. */
	readonly good: TestCertificate;
	readonly dir: string;
	close(): Promise<void>;
};

/** Creates the CA (written to a temp file) and the good leaf. */
export async function createTestPki(): Promise<TestPki> {
	const dir = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-clients-pki-'));
	const ca = await createTestCa('smtp-doctor client test CA');
	const caFile = path.join(dir, 'ca.pem');
	await writeFile(caFile, ca.cert);
	const good = await createLeafCertificate({names: ['localhost'], ips: ['127.0.0.1'], ca});
	return {
		ca,
		caFile,
		good,
		dir,
		async close() {
			await rm(dir, {recursive: true, force: true});
		},
	};
}

/** What one client run produced. */
export type SessionResult = {
	readonly settings: ClientSettings;
	readonly run: RunResult;
	/** The temporary folder the client ran in (removed after the run). */
	readonly dir: string;
};

/** Options for `runSession`. */
export type SessionOptions = {
	readonly clientId: string;
	readonly input: ClientInput;
	readonly caFile: string;
	readonly password: string;
	/** Recorder only: ask the client to give up early where it has a timeout. */
	readonly isShortTimeout?: boolean;
	readonly timeoutMs?: number;
};

/** Runs one client on the settings smtp-doctor prints for `input`. */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
	const runner = clientRunners[options.clientId];
	if (!runner) {
		throw new Error(`no runner for ${options.clientId}`);
	}

	const settings = clientSettings(options.input, options.clientId);
	const text = options.isShortTimeout ? runner.withShortTimeout(settings.text) : settings.text;
	const dir = await mkdtemp(path.join(tmpdir(), `smtp-doctor-${options.clientId}-`));
	try {
		const prepared = await runner.prepare(dir, text, {
			caFile: options.caFile,
			password: options.password,
			recipient: options.input.user ?? testUser,
		});
		const run = await runClient(dir, prepared, options.timeoutMs);
		return {settings, run, dir};
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
}

/** A short account of a run for assertion messages. */
export function describeRun(
	result: SessionResult,
	server: {readonly logins: readonly LoginRecord[]; readonly accepted: readonly AcceptedMessage[]},
): string {
	return [
		`exit ${String(result.run.exitCode)}${result.run.isTimedOut ? ' (timed out)' : ''}`,
		`logins ${JSON.stringify(server.logins)}`,
		`accepted ${JSON.stringify(server.accepted)}`,
		'--- text ---',
		result.settings.text,
		'--- stdout ---',
		result.run.stdout.slice(-2000),
		'--- stderr ---',
		result.run.stderr.slice(-2000),
	].join('\n');
}
