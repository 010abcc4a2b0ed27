// Writes man/smtp-doctor.1 (English) and man/id/smtp-doctor.1 (Bahasa Indonesia) from the
// --help text: source/cli/man-page.ts, bundled on the fly with esbuild, renders help.ts's
// output as roff. `node scripts/make-man.mjs --check` exits 1 when a page is out of date.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

/** The man pages by path, as source/cli/man-page.ts renders them now. */
export async function renderManPages() {
	const result = await build({
		entryPoints: [path.join(root, 'source', 'cli', 'man-page.ts')],
		bundle: true,
		write: false,
		platform: 'node',
		format: 'esm',
		logLevel: 'warning',
		// Command fronts that open the app (practice) import the UI lazily; the help text never
		// runs them, so the UI stays out of this bundle (its import() is left as it is).
		plugins: [
			{
				name: 'no-ui',
				setup(builder) {
					builder.onResolve({filter: /\/ui\/app\/run-app\.js$/}, (args) => ({
						path: args.path,
						external: true,
					}));
				},
			},
		],
	});
	const code = result.outputFiles[0].text;
	const {manPage} = await import(
		`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
	);
	return {
		'man/smtp-doctor.1': await manPage(pkg.version, 'en'),
		'man/id/smtp-doctor.1': await manPage(pkg.version, 'id'),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const isCheck = process.argv.includes('--check');
	let isStale = false;
	for (const [file, text] of Object.entries(await renderManPages())) {
		const target = path.join(root, file);
		const current = await readFile(target, 'utf8').catch(() => undefined);
		if (current === text) {
			continue;
		}

		if (isCheck) {
			console.error(`make-man: ${file} is out of date: run node scripts/make-man.mjs`);
			isStale = true;
		} else {
			await mkdir(path.dirname(target), {recursive: true});
			await writeFile(target, text);
			console.log(`make-man: wrote ${file}`);
		}
	}

	process.exitCode = isStale ? 1 : 0;
}
