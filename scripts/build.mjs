// Bundles the CLI with esbuild. `splitting` puts everything reached only through dynamic
// import() (the interactive UI: Ink, React and friends) into chunks of their own, so
// `smtp-doctor check` and `--version` parse only the headless code: the main file stays small
// and starts close to bare Node (bench/startup.mjs measures it). The build fails if Ink or
// React ever leak into the main file.
import {build} from 'esbuild';
import {chmod, readFile, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {fastStringWidth} from './fast-string-width.mjs';
import {writeBuildStamp} from './build-stamp.mjs';
import {writeThirdPartyLicenses} from './third-party-licenses.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../distribution/', import.meta.url), {recursive: true, force: true});

const result = await build({
	plugins: [fastStringWidth],
	entryPoints: {cli: 'source/cli.ts'},
	outdir: 'distribution',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	metafile: true,
	define: {
		'process.env.NODE_ENV': '"production"',
		SMTP_DOCTOR_VERSION: JSON.stringify(pkg.version),
	},
	banner: {
		// Bundled CommonJS dependencies call require(); give every ESM chunk one.
		js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	external: ['react-devtools-core'],
	logLevel: 'warning',
});

const main = result.metafile.outputs['distribution/cli.js'];
const leaked = Object.keys(main?.inputs ?? {}).filter((input) =>
	/node_modules\/(?:ink|react|react-reconciler|yoga-layout)\//.test(input),
);
if (leaked.length > 0) {
	console.error(`build: the headless entry bundles UI code: ${leaked.slice(0, 5).join(', ')}`);
	process.exit(1);
}

await chmod(new URL('../distribution/cli.js', import.meta.url), 0o755);

// The executable (package.json bin) is a CommonJS launcher: Node starts a CommonJS main
// without its ESM loader, so `--version` alone is answered before any of it loads; everything
// else imports the ESM entry. (bench/startup.mjs: --version 1.10-1.17 x bare Node, against
// 1.33 x for the same fast path inside the ESM entry and 1.7 x without one.)
const launcher = new URL('../distribution/cli.cjs', import.meta.url);
await writeFile(
	launcher,
	`#!/usr/bin/env node
'use strict';
const [first, ...rest] = process.argv.slice(2);
if (rest.length === 0 && (first === '--version' || first === '-V')) {
	process.stdout.write(${JSON.stringify(`${pkg.version}\n`)});
} else {
	import('./cli.js');
}
`,
);
await chmod(launcher, 0o755);
// The bundle carries its dependencies' code, so the published package carries their notices.
await writeThirdPartyLicenses(
	result.metafile,
	fileURLToPath(new URL('..', import.meta.url)),
	fileURLToPath(new URL('../distribution/THIRD-PARTY-LICENSES.txt', import.meta.url)),
);
// `npm start` (scripts/start.mjs) skips the build when none of these inputs changed.
await writeBuildStamp(result.metafile, ['distribution/THIRD-PARTY-LICENSES.txt']);
