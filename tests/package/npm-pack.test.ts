// The package as a user gets it: `npm pack` (of the built distribution/), then
// `npm install -g ./smtp-port-doctor-*.tgz` into an empty prefix and `npx ./...tgz`. The
// bundle carries every runtime dependency, so the tarball declares none and installs without
// the registry (offline). Its size and file list are printed with the test output.
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	version: string;
	dependencies?: Record<string, string>;
};

type PackedFile = {readonly path: string; readonly size: number};
type Packed = {
	readonly filename: string;
	readonly size: number;
	readonly unpackedSize: number;
	readonly files: readonly PackedFile[];
};

let folder: string;
let tarball: string;
let packed: Packed;

/** npm with its own empty cache and config under `folder`: nothing from the user's setup. */
function npmEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		npm_config_cache: path.join(folder, 'cache'),
		npm_config_userconfig: path.join(folder, 'npmrc'),
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		LANG: 'C',
	};
	// Set when the suite itself runs under `npm test`; they would point npm back at this project.
	for (const key of Object.keys(env)) {
		if (/^npm_(?:package|lifecycle|config_(?:prefix|global|local_prefix))/i.test(key)) {
			delete env[key];
		}
	}

	delete env['NODE_OPTIONS'];
	return env;
}

beforeAll(async () => {
	if (!existsSync(path.join(root, 'distribution', 'cli.js'))) {
		throw new Error('distribution/cli.js is missing: run `npm run build` (npm test does)');
	}

	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-pack-'));
	// --ignore-scripts: prepack would rebuild distribution/ while other tests read it.
	const {stdout} = await run(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', folder],
		{cwd: root, env: npmEnv()},
	);
	packed = (JSON.parse(stdout) as Packed[])[0]!;
	tarball = path.join(folder, packed.filename);
	console.log(
		[
			`npm pack: ${packed.filename} ${(packed.size / 1024).toFixed(0)} KiB packed, ${(
				packed.unpackedSize / 1024
			).toFixed(0)} KiB unpacked, ${packed.files.length} files:`,
			...packed.files.map((file) => `  ${String(file.size).padStart(8)}  ${file.path}`),
		].join('\n'),
	);
}, 120_000);

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

describe('the npm package', () => {
	it('holds only the bundle, its licence notices, the man pages, README and package.json', () => {
		const paths = packed.files.map((file) => file.path).sort();
		expect(paths).toContain('distribution/cli.js');
		expect(paths).toContain('distribution/cli.cjs');
		expect(paths).toContain('distribution/THIRD-PARTY-LICENSES.txt');
		expect(paths).toContain('package.json');
		expect(paths).toContain('README.md');
		expect(paths).toContain('man/smtp-doctor.1');
		for (const file of paths) {
			expect(file).toMatch(
				/^(?:package\.json|README\.md|LICENSE|man\/(?:id\/)?smtp-doctor\.1|distribution\/(?:cli\.c?js|app\.js|check\.cjs|ui\.js|THIRD-PARTY-LICENSES\.txt|(?:chunks|lazy)\/[\w.-]+\.js))$/,
			);
		}

		// No tests, sources, media, source maps, the single executable or caches.
		expect(paths.some((file) => /\.map$|^tests\/|^source\/|^media\/|^release\//.test(file))).toBe(
			false,
		);
	});

	it('declares no runtime dependencies: the bundle carries them', () => {
		expect(pkg.dependencies ?? {}).toEqual({});
	});

	it('npm install -g into an empty prefix gives a working smtp-doctor, offline', async () => {
		const prefix = path.join(folder, 'prefix');
		const install = await run(
			'npm',
			['install', '--global', '--offline', '--prefix', prefix, tarball],
			{cwd: folder, env: npmEnv()},
		);
		expect(install.stderr).not.toMatch(/warn|ERR/i);
		const bin = path.join(prefix, 'bin', 'smtp-doctor');
		const version = await run(bin, ['--version'], {cwd: folder});
		expect(version.stdout).toBe(`${pkg.version}\n`);
		// Every chunk came along: the lab (smtp-server inside the bundle) runs and reports.
		const lab = await run(bin, ['--lab', '--json'], {cwd: folder});
		const report = JSON.parse(lab.stdout) as {host: string; outcome: string};
		expect(report).toMatchObject({host: 'smtp.lab.test', outcome: 'works'});
		const help = await run(bin, ['--help'], {cwd: folder});
		expect(help.stdout).toContain('smtp-doctor check HOST');
		// package.json "man": npm links the page where `man smtp-doctor` finds it.
		expect(existsSync(path.join(prefix, 'share', 'man', 'man1', 'smtp-doctor.1'))).toBe(true);
	});

	it('npx ./smtp-port-doctor-*.tgz --version runs it without installing it', async () => {
		const npx = await run('npx', ['--yes', '--offline', `./${packed.filename}`, '--version'], {
			cwd: folder,
			env: npmEnv(),
		});
		expect(npx.stdout).toBe(`${pkg.version}\n`);
	});
});
