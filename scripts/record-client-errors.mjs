// Records what the real clients print in the classic wrong modes (implicit TLS on a STARTTLS
// port, plain text on an implicit-TLS port, no STARTTLS where it is required, self-signed,
// wrong-name and expired certificates, wrong password) into tests/fixtures/client-errors/.
// The clients come from scripts/ci/install-clients.sh; the logic lives in
// tests/clients/harness/record.ts, bundled here with esbuild so it stays one TypeScript source.
// Run: node scripts/record-client-errors.mjs [client ...]
import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {format, resolveConfig} from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'tests', 'fixtures', 'client-errors');
const only = process.argv.slice(2);

// Inside the project, so the bundle's imports resolve from its node_modules.
await mkdir(path.join(root, '.tmp'), {recursive: true});
const work = await mkdtemp(path.join(root, '.tmp', 'recorder-'));
try {
	const bundle = path.join(work, 'record.mjs');
	await build({
		entryPoints: [path.join(root, 'tests', 'clients', 'harness', 'record.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile: bundle,
		// Dependencies load from the project's node_modules, as in the tests.
		packages: 'external',
		// The harness finds the project root (node_modules) relative to its own file.
		define: {
			'import.meta.url': JSON.stringify(
				pathToFileURL(path.join(root, 'tests', 'clients', 'harness', 'runners.ts')).href,
			),
		},
		logLevel: 'warning',
	});
	const {recordClientErrors} = await import(pathToFileURL(bundle).href);
	const records = await recordClientErrors(
		outDir,
		(line) => {
			console.log(line);
		},
		only.length > 0 ? only : undefined,
	);
	// The fixtures are checked by `prettier --check`: write them in the project's format.
	for (const name of await readdir(outDir)) {
		if (name.endsWith('.json') && name !== 'public.json') {
			const file = path.join(outDir, name);
			const options = (await resolveConfig(file)) ?? {};
			await writeFile(
				file,
				await format(await readFile(file, 'utf8'), {...options, filepath: file}),
			);
		}
	}

	const errors = records.filter((record) => record.outcome === 'error').length;
	console.log(
		`${records.length} runs, ${errors} error texts, written to ${path.relative(root, outDir)}/`,
	);
} finally {
	await rm(work, {recursive: true, force: true});
}
