// Bundles the CLI into one file. The UI (Ink + React) is reached only through a dynamic
// import, so the headless path never evaluates it.
import {build} from 'esbuild';
import {readFile} from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
	entryPoints: ['source/cli.ts'],
	outfile: 'distribution/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {
		'process.env.NODE_ENV': '"production"',
		SMTP_DOCTOR_VERSION: JSON.stringify(pkg.version),
	},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	external: ['react-devtools-core'],
	logLevel: 'warning',
});
