// The version matrix (scripts/ci/node-matrix.mjs) puts another Node first on PATH and sets
// SMTP_DOCTOR_EXPECT_NODE. These checks prove that the tests, the processes they start by
// name (`node` in a shell, `node` in a pty) and the built CLI all run under that one version,
// so a green run under 22 or 24 means what it says. Without the variable (a plain `npm test`)
// they still check that nothing mixes versions.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';
import {startScreen} from '../../scripts/pty-screen.mjs';

const cli = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));
const expected = process.env['SMTP_DOCTOR_EXPECT_NODE'];

it('the test process runs the Node the matrix asked for', () => {
	if (expected !== undefined) {
		expect(process.versions.node.split('.')[0]).toBe(expected);
	}

	// The engines field says >=20; nothing older may sneak in.
	expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
});

it('`node` on PATH (what shells and ptys start) is the same binary version as the test process', () => {
	const viaShell = execFileSync('/bin/sh', ['-c', 'node -p process.version'], {
		encoding: 'utf8',
	}).trim();
	expect(viaShell).toBe(process.version);
});

it('a node-pty session (native addon loaded under this Node) starts the same Node', async () => {
	const screen = startScreen('node', ['-p', '"pty:" + process.version']);
	try {
		await screen.waitFor(`pty:${process.version}`);
		expect((await screen.exited).exitCode).toBe(0);
	} finally {
		screen.dispose();
	}
});

it('the built CLI, started by name the way the e2e tests do, runs under this Node', () => {
	expect(existsSync(cli)).toBe(true);
	// The same shell line starts the CLI and reports the version of the `node` it used.
	const output = execFileSync(
		'/bin/sh',
		['-c', 'node "$0" --version && node -p process.version', cli],
		{
			encoding: 'utf8',
		},
	);
	expect(output).toMatch(/^\d+\.\d+\.\d+\n/);
	expect(output.trim().split('\n').at(-1)).toBe(process.version);
});
