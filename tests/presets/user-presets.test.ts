import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {getBuiltinPresets, mergePresets, resolvePresetSpec} from '../../source/presets/presets.js';
import {loadUserPresets, userPresetsPath} from '../../source/presets/user-presets.js';

let home: string;
let file: string;

beforeEach(async () => {
	home = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-presets-'));
	file = path.join(home, 'smtp-doctor', 'presets.json');
	await mkdir(path.dirname(file), {recursive: true});
});

afterEach(async () => {
	await rm(home, {recursive: true, force: true});
});

const env = () => ({XDG_CONFIG_HOME: home, HOME: '/nonexistent'});
const builtinIds = getBuiltinPresets().map((preset) => preset.id);

const acme = {
	id: 'acme',
	name: 'Acme relay',
	host: 'relay.acme.test',
	ports: [
		{port: 465, encryption: 'implicit-tls'},
		{port: 587, encryption: 'starttls'},
	],
	recommendedPort: 465,
};

describe('userPresetsPath', () => {
	it('uses XDG_CONFIG_HOME, else ~/.config, ignoring a relative XDG value', () => {
		expect(userPresetsPath({XDG_CONFIG_HOME: '/x/cfg'})).toBe('/x/cfg/smtp-doctor/presets.json');
		expect(userPresetsPath({HOME: '/home/u'})).toBe('/home/u/.config/smtp-doctor/presets.json');
		expect(userPresetsPath({XDG_CONFIG_HOME: 'rel', HOME: '/home/u'})).toBe(
			'/home/u/.config/smtp-doctor/presets.json',
		);
	});
});

describe('loadUserPresets', () => {
	it('is silent when the file is missing', async () => {
		const result = await loadUserPresets({env: env()});
		expect(result).toEqual({path: file, presets: [], errors: [], notices: []});
	});

	it('loads valid presets and fills in defaults', async () => {
		await writeFile(file, JSON.stringify({presets: [acme]}));
		const result = await loadUserPresets({env: env(), builtinIds});
		expect(result.errors).toEqual([]);
		expect(result.presets).toHaveLength(1);
		expect(result.presets[0]).toMatchObject({id: 'acme', group: 'custom', regions: []});
		expect(result.presets[0]!.ports[0]!.certainty).toBe('confirmed');
		const merged = mergePresets(getBuiltinPresets(), result.presets);
		expect(resolvePresetSpec('acme', merged).options.notOfferedPorts).toEqual([25, 2525]);
	});

	it('reports invalid JSON with line and column, and loads nothing', async () => {
		await writeFile(file, '{\n  "presets": [\n    {"id": "acme",}\n  ]\n}\n');
		const result = await loadUserPresets({env: env()});
		expect(result.presets).toEqual([]);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatch(
			new RegExp(`^${escape(file)}: invalid JSON: line 3, column 19: `),
		);
	});

	it('reports an empty or truncated file', async () => {
		await writeFile(file, '{"presets": [');
		const result = await loadUserPresets({env: env()});
		expect(result.errors[0]).toMatch(
			/invalid JSON: line 1, column 14: Unexpected end of JSON input/,
		);
	});

	it('names the entry and the field for wrong types and bad values; keeps valid entries', async () => {
		await writeFile(
			file,
			JSON.stringify({
				presets: [
					acme,
					{...acme, id: 'acme2', ports: [{port: 0, encryption: 'starttls'}], recommendedPort: 0},
					{...acme, id: 'acme3', name: 42, ports: [{port: 465, encryption: 'ssl'}]},
				],
			}),
		);
		const result = await loadUserPresets({env: env()});
		expect(result.presets.map((preset) => preset.id)).toEqual(['acme']);
		expect(result.errors).toContain(`${file}: entry 2 ("acme2"): ports[0].port: must be 1-65535`);
		expect(result.errors).toContain(`${file}: entry 2 ("acme2"): recommendedPort: must be 1-65535`);
		expect(result.errors).toContain(`${file}: entry 3 ("acme3"): name: must be a string`);
		expect(result.errors).toContain(
			`${file}: entry 3 ("acme3"): ports[0].encryption: must be one of "implicit-tls", "starttls", "none"`,
		);
	});

	it('rejects unknown fields, at the top level and inside entries', async () => {
		await writeFile(file, JSON.stringify({presets: [{...acme, hots: 'typo'}], extra: true}));
		const top = await loadUserPresets({env: env()});
		expect(top.errors).toEqual([`${file}: unknown field "extra"`]);

		await writeFile(
			file,
			JSON.stringify({
				presets: [{...acme, hots: 'x', ports: [{port: 465, encryption: 'none', tls: 1}]}],
			}),
		);
		const inner = await loadUserPresets({env: env()});
		expect(inner.errors).toEqual([
			`${file}: entry 1 ("acme"): ports[0]: unknown field "tls"`,
			`${file}: entry 1 ("acme"): unknown field "hots"`,
		]);
	});

	it('explains missing fields, a recommended port that is not listed, and a bare list', async () => {
		await writeFile(
			file,
			JSON.stringify({presets: [{id: 'x'}, {...acme, id: 'y', recommendedPort: 2525}]}),
		);
		const result = await loadUserPresets({env: env()});
		expect(result.errors).toEqual(
			expect.arrayContaining([
				`${file}: entry 1 ("x"): host: is required`,
				`${file}: entry 2 ("y"): recommendedPort: must be one of the listed ports (465, 587)`,
			]),
		);

		await writeFile(file, JSON.stringify([acme]));
		const list = await loadUserPresets({env: env()});
		expect(list.errors[0]).toMatch(/expected an object like \{"presets": \[ ... \]\}, got a list/);
	});

	it('ignores a duplicate id within the file and notes a built-in being replaced', async () => {
		const hostinger = {...acme, id: 'hostinger', name: 'My Hostinger'};
		await writeFile(file, JSON.stringify({presets: [acme, {...acme, name: 'again'}, hostinger]}));
		const result = await loadUserPresets({env: env(), builtinIds});
		expect(result.presets.map((preset) => preset.id)).toEqual(['acme', 'hostinger']);
		expect(result.errors).toEqual([
			`${file}: entry 2 ("acme"): id: "acme" is used by an earlier entry; ignored`,
		]);
		expect(result.notices).toEqual([
			`${file}: entry 3 ("hostinger"): replaces the built-in preset "hostinger"`,
		]);
	});

	it('reports an unreadable file (a directory where the file should be); built-ins still work', async () => {
		await mkdir(file);
		const result = await loadUserPresets({env: env()});
		expect(result.presets).toEqual([]);
		expect(result.errors).toEqual([`${file}: cannot read (it is a directory, not a file)`]);
		expect(
			resolvePresetSpec('hostinger', mergePresets(getBuiltinPresets(), result.presets)).options
				.host,
		).toBe('smtp.hostinger.com');
	});

	it('refuses a device or a file over 1 MiB without reading it all', async () => {
		await symlink('/dev/zero', file);
		const device = await loadUserPresets({env: env()});
		expect(device.errors).toEqual([`${file}: cannot read (not a regular file)`]);
		await rm(file);
		await writeFile(file, `{"presets": []}${' '.repeat(1024 * 1024)}`);
		const big = await loadUserPresets({env: env()});
		expect(big.errors).toEqual([`${file}: file is larger than 1 MiB; is it the right file?`]);
	});

	it('reports a symbolic-link loop', async () => {
		await symlink(file, file);
		const result = await loadUserPresets({env: env()});
		expect(result.errors).toEqual([`${file}: cannot read (too many symbolic links)`]);
	});

	it('escapes control characters from the file in messages', async () => {
		await writeFile(
			file,
			JSON.stringify({presets: [{...acme, id: '\u001B[2Jx', '\u001B]0;t\u0007': 1}]}),
		);
		const result = await loadUserPresets({env: env()});
		expect(result.errors.every((line) => !/[\u0000-\u001F]/.test(line))).toBe(true);
		expect(result.errors).toHaveLength(2);
		expect(result.errors[0]).toContain(String.raw`entry 1 ("\x1b[2Jx")`);
	});
});

function escape(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
