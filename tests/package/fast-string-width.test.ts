// The build replaces string-width with a table (scripts/fast-string-width.mjs) and loads the
// real one only when a string needs it. A bundle made with that plugin, imported from Ink's
// and from wrap-ansi's folders (they resolve different string-width majors), must give the
// real module's width for every kind of text: ASCII, Latin, CJK, box drawing, ANSI colour,
// and the fallback cases (emoji, ZWJ sequences, combining marks, options).
import {mkdtempSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {fastStringWidth} from '../../scripts/fast-string-width.mjs';

type Width = (text: string, options?: {ambiguousIsNarrow?: boolean}) => number;

const root = path.resolve(import.meta.dirname, '../..');
const importers = {
	ink: path.join(root, 'node_modules/ink/build'),
	'wrap-ansi': path.join(root, 'node_modules/wrap-ansi'),
};
const samples = [
	'',
	'smtp-doctor: hello',
	'Café · Ñandú',
	'─│┌┐└┘ ✔ ✖ › ↓',
	'端口 465 加密',
	'\u001B[1m\u001B[36mPort 465\u001B[39m\u001B[22m',
	'👍',
	'👩‍💻 done',
	'e\u0301 combining',
	'🇮🇩 flag',
	'1\u20E3 keycap',
	'\u00A0non-breaking',
];

let folder: string;
const fast = new Map<string, Width>();
const real = new Map<string, Width>();

beforeAll(async () => {
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-width-'));
	for (const [name, directory] of Object.entries(importers)) {
		const outfile = path.join(folder, `${name}.mjs`);
		await build({
			stdin: {
				contents: "export {default} from 'string-width';",
				resolveDir: directory,
				loader: 'js',
			},
			outfile,
			bundle: true,
			platform: 'node',
			format: 'esm',
			plugins: [fastStringWidth],
			banner: {
				js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
			},
			logLevel: 'warning',
		});
		fast.set(name, ((await import(pathToFileURL(outfile).href)) as {default: Width}).default);
		const resolved = createRequire(path.join(directory, 'index.js')).resolve('string-width');
		real.set(name, ((await import(pathToFileURL(resolved).href)) as {default: Width}).default);
	}
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

test.each(Object.keys(importers))('the table gives the real width as %s resolves it', (name) => {
	const fastWidth = fast.get(name)!;
	const realWidth = real.get(name)!;
	for (const sample of samples) {
		expect([sample, fastWidth(sample)]).toEqual([sample, realWidth(sample)]);
	}

	expect(fastWidth('±', {ambiguousIsNarrow: false})).toBe(
		realWidth('±', {ambiguousIsNarrow: false}),
	);
});
