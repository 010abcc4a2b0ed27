// --preset is named in the report header; an explicit HOST that overrides the preset's host
// gets a notice on stderr (the preset's ports and expectations still apply).
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let server: LoopbackServer;

beforeAll(async () => {
	server = await startPlainSmtp();
});

afterAll(async () => {
	await server.close();
});

test('check 127.0.0.1 --preset gmail: preset in the header, notice on stderr', async () => {
	const run = await runCli([
		'check',
		'127.0.0.1',
		'--preset',
		'gmail',
		'--ports',
		String(server.port),
		'--mode',
		'none',
	]);
	expect(run.stdout.split('\n')[0]).toMatch(/^127\.0\.0\.1 .* preset Gmail \(gmail\)$/);
	expect(run.stderr).toContain(
		"smtp-doctor: using host 127.0.0.1 with the gmail preset's ports and expectations",
	);
});

test('without a HOST the preset host is used and no notice is printed', async () => {
	// The preset's own host is not reachable offline: only the header and stderr matter here,
	// so resolve with a DNS address where nothing listens on UDP: it fails at once.
	const run = await runCli([
		'check',
		'--preset',
		'gmail',
		'--ports',
		String(server.port),
		'--dns-server',
		`127.0.0.1:${server.port}`,
		'--timeout',
		'1s',
	]);
	expect(run.stdout.split('\n')[0]).toMatch(/^smtp\.gmail\.com .* preset Gmail \(gmail\)$/);
	expect(run.stderr).not.toContain('using host');
});
