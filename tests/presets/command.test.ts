import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolvePresetOption, runPresetsCommand} from '../../source/presets/command.js';
import {getBuiltinPresets} from '../../source/presets/presets.js';

let home: string;
let file: string;
const noFile = () => ({userPresetsPath: path.join(home, 'missing', 'presets.json')});

beforeAll(async () => {
	home = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-cmd-'));
	file = path.join(home, 'presets.json');
});

afterAll(async () => {
	await rm(home, {recursive: true, force: true});
});

describe('runPresetsCommand', () => {
	it('lists the presets grouped, Hostinger first, with encryption, marks and a legend', async () => {
		const output = await runPresetsCommand(noFile());
		expect(output.exitCode).toBe(0);
		expect(output.stderr).toBe('');
		const lines = output.stdout.split('\n');
		expect(lines[0]).toBe('Mailbox providers');
		expect(lines[1]).toMatch(
			/^ {2}hostinger +Hostinger Email +smtp\.hostinger\.com +465 SSL\/TLS\*, 587 STARTTLS {2}\+3 regions$/,
		);
		expect(output.stdout).toMatch(/\nSending services\n/);
		expect(output.stdout.indexOf('Sending services')).toBeGreaterThan(
			output.stdout.indexOf('  titan'),
		);
		expect(output.stdout).toMatch(/ {2}icloud .* 587 STARTTLS\*, 465 SSL\/TLS\?/);
		expect(output.stdout).toMatch(/ {2}yahoo .* 465 SSL\/TLS\*, 587 STARTTLS~/);
		expect(output.stdout).toMatch(
			/\* recommended {3}~ named only by third parties {3}\? unconfirmed/,
		);
		expect(output.stdout).toMatch(/smtp-doctor --preset ID\[:REGION\]/);
		expect(output.stdout).toContain(`Your own presets go in ${noFile().userPresetsPath}`);
		for (const preset of getBuiltinPresets()) {
			expect(output.stdout).toContain(`  ${preset.id} `);
		}
	});

	it('speaks Indonesian with --lang id', async () => {
		const output = await runPresetsCommand({...noFile(), lang: 'id'});
		expect(output.stdout.split('\n')[0]).toBe('Penyedia kotak surat');
		expect(output.stdout).toContain('Layanan pengiriman');
	});

	it('prints JSON with every field and the origin', async () => {
		const output = await runPresetsCommand({...noFile(), json: true});
		const parsed = JSON.parse(output.stdout) as {
			schemaVersion: number;
			presets: Array<{id: string; origin: string; ports: unknown[]; sources: unknown[]}>;
		};
		expect(parsed.schemaVersion).toBe(1);
		expect(parsed.presets).toHaveLength(getBuiltinPresets().length);
		expect(parsed.presets[0]).toMatchObject({id: 'hostinger', origin: 'builtin'});
		expect(parsed.presets[0]!.sources.length).toBeGreaterThan(0);
	});

	it('shows user presets in their own group; a broken entry is reported on stderr, the rest still lists', async () => {
		await writeFile(
			file,
			JSON.stringify({
				presets: [
					{
						id: 'acme',
						name: 'Acme \u001B[31mrelay\u202E',
						host: 'relay.acme.test',
						ports: [{port: 587, encryption: 'starttls'}],
						recommendedPort: 587,
					},
					{
						id: 'bad',
						name: 'Bad',
						host: 'x.test',
						ports: [{port: 99_999, encryption: 'starttls'}],
						recommendedPort: 587,
					},
				],
			}),
		);
		const output = await runPresetsCommand({userPresetsPath: file});
		expect(output.exitCode).toBe(0);
		expect(output.stdout).toContain(`Your presets (${file})\n  acme `);
		expect(output.stdout).toContain(String.raw`Acme \x1b[31mrelay\u{202e}`);
		expect(output.stdout).not.toMatch(/[\u001B\u202E]/);
		expect(output.stderr).toContain(
			`smtp-doctor: ${file}: entry 2 ("bad"): ports[0].port: must be 1-65535\n`,
		);
		expect(output.stdout).toContain('  hostinger ');

		const json = JSON.parse(
			(await runPresetsCommand({userPresetsPath: file, json: true})).stdout,
		) as {
			presets: Array<{id: string; origin: string}>;
			userPresetErrors: string[];
		};
		expect(json.presets.at(-1)).toMatchObject({id: 'acme', origin: 'user'});
		expect(json.userPresetErrors).toHaveLength(1);
	});

	it('a presets.json that is a directory still lists the built-ins', async () => {
		const dir = path.join(home, 'dir-presets.json');
		await mkdir(dir);
		const output = await runPresetsCommand({userPresetsPath: dir});
		expect(output.exitCode).toBe(0);
		expect(output.stderr).toBe(
			`smtp-doctor: ${dir}: cannot read (it is a directory, not a file)\n`,
		);
		expect(output.stdout).toContain('  hostinger ');
	});
});

describe('resolvePresetOption (--preset)', () => {
	it('resolves built-ins and user presets, with warnings for a broken file', async () => {
		const hostinger = await resolvePresetOption('hostinger', noFile());
		expect(hostinger).toMatchObject({ok: true, warnings: []});
		if (hostinger.ok) {
			expect(hostinger.selection.options).toMatchObject({
				host: 'smtp.hostinger.com',
				notOfferedPorts: [25, 2525],
			});
		}

		const acme = await resolvePresetOption('acme', {userPresetsPath: file});
		expect(acme.ok).toBe(true);
		expect(acme.warnings).toHaveLength(1);
	});

	it('gives a one-line error with close matches for an unknown id or region', async () => {
		expect(await resolvePresetOption('gmial', noFile())).toMatchObject({
			ok: false,
			error: 'unknown preset "gmial"; did you mean: gmail? (smtp-doctor presets lists all)',
		});
		const region = await resolvePresetOption('zoho:xx', noFile());
		expect(region.ok).toBe(false);
		expect(!region.ok && region.error).toMatch(
			/^unknown region "xx" for preset "zoho"; regions: us, eu/,
		);
	});
});

describe('runPresetsCommand with a query', () => {
	it('filters the list as a search', async () => {
		const output = await runPresetsCommand({...noFile(), query: 'mailgun'});
		expect(output.exitCode).toBe(0);
		const rows = output.stdout.split('\n').filter((line) => line.startsWith('  '));
		expect(rows.map((line) => line.trim().split(/\s+/)[0])).toEqual(['mailgun-us', 'mailgun-eu']);
		expect(output.stdout).not.toContain('Mailbox providers');
		expect(output.stdout).toContain('Sending services');
	});

	it('shows one preset in full for an exact id: ports, auth, unconfirmed facts, sources', async () => {
		const output = await runPresetsCommand({...noFile(), query: 'hostinger'});
		expect(output.exitCode).toBe(0);
		const text = output.stdout;
		expect(text.split('\n')[0]).toBe('Hostinger Email (hostinger)');
		expect(text).toContain('    global           smtp.hostinger.com    Global *');
		expect(text).toContain('    id               smtp.hostinger.co.id  Indonesia (.co.id alias) ?');
		expect(text).toContain('    465 SSL/TLS*');
		expect(text).toContain(
			'  Recommended: 465 (the provider ranks no port; implicit TLS per RFC 8314)',
		);
		expect(text).toContain('  User name: full email address');
		expect(text).toMatch(/Not confirmed:\n {4}- whether smtp\.hostinger\.co\.id/);
		expect(text).toMatch(
			/Sources \(checked 2026-11-28\):\n {4}- https:\/\/www\.hostinger\.com\/id\/tutorial/,
		);
		expect(text).toContain('[third-party] (2025-07-26)');
		expect(text).toContain('Check it: smtp-doctor --preset hostinger');

		const sendgrid = await runPresetsCommand({...noFile(), query: 'SendGrid'});
		expect(sendgrid.stdout).toContain('  User name: apikey (the literal word)');
		const m365 = await runPresetsCommand({...noFile(), query: 'microsoft365', lang: 'id'});
		expect(m365.stdout).toContain('SMTP AUTH mati sampai diaktifkan administrator');
	});

	it('exits 1 with a one-line message when nothing matches; JSON of one preset', async () => {
		const none = await runPresetsCommand({...noFile(), query: 'zzz-nothing'});
		expect(none).toEqual({
			stdout: '',
			stderr: 'smtp-doctor: No preset matches "zzz-nothing" (smtp-doctor presets lists them all)\n',
			exitCode: 1,
		});
		const json = JSON.parse(
			(await runPresetsCommand({...noFile(), query: 'resend', json: true})).stdout,
		) as {
			presets: Array<{id: string}>;
		};
		expect(json.presets.map((preset) => preset.id)).toEqual(['resend']);
	});
});
