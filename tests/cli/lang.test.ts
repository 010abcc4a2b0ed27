// --lang id: the Indonesian verdict table and reason sentences are loaded on demand (they are
// not part of an English run's start-up) and do reach the report.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {id as indonesianVerdictTexts} from '../../source/i18n/verdicts/id.js';
import {closedPort, runCli, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let server: LoopbackServer;

beforeAll(async () => {
	server = await startPlainSmtp({ehloLines: ['AUTH PLAIN']});
});

afterAll(async () => {
	await server.close();
});

test('--lang id: Indonesian verdict titles and closing summary', async () => {
	const refused = await closedPort();
	const run = await runCli([
		'check',
		'127.0.0.1',
		'--ports',
		`${server.port},${refused}`,
		'--mode',
		'none',
		'--lang',
		'id',
	]);
	expect(run.stdout).toContain(indonesianVerdictTexts['connection-refused'].title);
	expect(run.stdout).toContain(indonesianVerdictTexts['plain-only'].title);
	expect(run.stdout).toContain('Tidak ada pengaturan yang disarankan');
});

test('English by default: no Indonesian words', async () => {
	const run = await runCli(['check', '127.0.0.1', '--ports', String(await closedPort())]);
	expect(run.stdout).not.toContain(indonesianVerdictTexts['connection-refused'].title);
	expect(run.stdout).toContain('Connection refused');
});
