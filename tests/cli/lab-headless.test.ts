// `smtp-doctor --lab` without a terminal and `smtp-doctor check --lab [classic]`: the built CLI
// starts the lab's real loopback servers, prints the plain report and exits.
import {describe, expect, it, vi} from 'vitest';
import {runCli} from './cli-helpers.js';

vi.setConfig({testTimeout: 60_000});

describe('headless lab', () => {
	it('prints the plain report of the provider-like lab when stdout is not a terminal', async () => {
		const run = await runCli(['--lab', '--no-color']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Lab: a provider like Hostinger');
		expect(run.stdout).toMatch(/25 -> 127\.0\.0\.1:\d+: outbound 25 blocked/);
		expect(run.stdout).toMatch(/465\s+SSL\/TLS\s+✔ OK/);
		expect(run.stdout).toContain('Host smtp.lab.test - Port 465 - Encryption SSL/TLS');
		expect(run.stdout).not.toContain('No host given');
	});

	it('runs the classic-mistakes lab with check --lab classic', async () => {
		const run = await runCli(['check', '--lab', 'classic', '--no-color']);
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('Lab: classic mistakes');
		expect(run.stdout).toMatch(/2525\s+STARTTLS\s+✖ FAIL\s+\d+ ms\s+Certificate expired/);
		expect(run.stdout).toMatch(/25\s+\S+\s+✖ FAIL\s+\d+ ms\s+Greeting refused/);
	});

	it('prints JSON with --json, and a one-line error for an unknown scenario', async () => {
		const json = await runCli(['--lab', '--json']);
		const report = JSON.parse(json.stdout) as {host: string; ports: Array<{port: number}>};
		expect(report.host).toBe('smtp.lab.test');
		expect(report.ports.map((port) => port.port)).toEqual([25, 465, 587, 2525]);
		const bad = await runCli(['--lab', 'bogus']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe(
			'smtp-doctor: --lab: unknown scenario "bogus"; use provider (default) or classic\n',
		);
	});
});
