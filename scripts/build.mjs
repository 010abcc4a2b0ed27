// Bundles the CLI with esbuild, three times. The split build (distribution/app.js + chunks/)
// serves every command: `splitting` puts everything reached only through dynamic import()
// (Ink, React and friends) into chunks of their own, so a headless command parses none of
// them. The check build (distribution/check.cjs, one file) serves `check`; the app build
// (distribution/ui.js, one file, Ink and React inside) serves the interactive app.
// distribution/cli.js and the executable cli.cjs pick one by the command line. The build fails
// if Ink or React ever leak into app.js or check.cjs (bench/startup.mjs measures start-up).
import {build} from 'esbuild';
import {existsSync} from 'node:fs';
import {chmod, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtinRequire} from './builtin-require.mjs';
import {fastStringWidth} from './fast-string-width.mjs';
import {noDevtools} from './no-devtools.mjs';
import {writeBuildStamp} from './build-stamp.mjs';
import {writeThirdPartyLicenses} from './third-party-licenses.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../distribution/', import.meta.url), {recursive: true, force: true});

// `smtp-doctor check ...` (the scripted, repeated case) runs from a second, one-file build:
// the split build loads 40-odd small chunks for a check, and each file costs Node ~0.4 ms plus
// its built-in facades (bench/notes). check.cjs holds everything a check reaches except the
// parts a check rarely needs, which stay separate files (`lazyEntries` in distribution/lazy/,
// one self-contained file each: pure data and pure functions only, so the copies of small
// helpers they carry are harmless; no module that keeps state is ever loaded twice). What a check never reaches
// (the interactive app, the other commands) is a stub that throws, so a route missed by the
// launcher fails loudly in the tests instead of loading a second copy of the engine.
// `check --lab` and `check --targets` take the split build (`splitRoutes` below).
const lazyEntries = {
	'lazy/catalogue-id': 'source/i18n/catalogue-id.ts',
	'lazy/messages-id': 'source/i18n/messages.id.ts',
	'lazy/lessons-en': 'source/i18n/lessons/en.ts',
	'lazy/lessons-id': 'source/i18n/lessons/id.ts',
	'lazy/myths-en': 'source/i18n/lessons/myths.en.ts',
	'lazy/myths-id': 'source/i18n/lessons/myths.id.ts',
	'lazy/compose-message': 'source/engine/compose-message.ts',
	'lazy/user-presets-parse': 'source/presets/user-presets-parse.ts',
	'lazy/format-markdown': 'source/report/format-markdown.ts',
};
/** Dynamic imports a check never takes (the launcher sends those routes to the split build). */
const notInCheck = [
	/\/source\/ui\//,
	/\/source\/cli\/commands\/(?:presets|discover|practice|lessons|explain|clients|lab|check-targets)\.ts$/,
	/\/source\/cli\/(?:completion|options|login-defaults|validate)\.ts$/,
	/\/source\/discovery\/target\.ts$/,
	/\/source\/lab\/scenarios\.ts$/,
];

const common = {
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
		// Bundled CommonJS dependencies call require(); give every ESM file one.
		js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	external: ['react-devtools-core'],
	logLevel: 'warning',
};

const result = await build({
	...common,
	plugins: [fastStringWidth],
	entryPoints: {app: 'source/cli.ts'},
	outdir: 'distribution',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
});

const sourceRoot = fileURLToPath(new URL('../source/', import.meta.url));
const lazyByFile = new Map(
	Object.entries(lazyEntries).map(([name, file]) => [
		path.resolve(fileURLToPath(new URL('..', import.meta.url)), file),
		name.replace('lazy/', ''),
	]),
);
/**
 * The one-file builds' routes: lazy files by name; with `isCheck`, what a check never reaches
 * as a stub.
 */
const checkRoutes = (lazyPrefix, {isCheck = true} = {}) => ({
	name: 'check-routes',
	setup(builder) {
		builder.onResolve({filter: /^\./}, (args) => {
			if (args.kind !== 'dynamic-import') return undefined;
			const file = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
			const real = existsSync(file) ? file : `${file}x`;
			if (!real.startsWith(sourceRoot)) return undefined;
			const lazy = lazyByFile.get(real);
			if (lazy) return {path: `${lazyPrefix}${lazy}.js`, external: true};
			if (isCheck && notInCheck.some((pattern) => pattern.test(real))) {
				return {path: real, namespace: 'not-in-check'};
			}

			return undefined;
		});
		builder.onLoad({filter: /.*/, namespace: 'not-in-check'}, (args) => ({
			contents: `throw new Error(${JSON.stringify(`${path.relative(sourceRoot, args.path)} is not in the check build (scripts/build.mjs)`)});`,
			loader: 'js',
		}));
	},
});
// CommonJS, so the bin (itself CommonJS) require()s it and a check never starts Node's ESM
// loader (unless it takes a lazy file): 7 ms less start-up and 0.9 MiB less peak RSS than the
// same file as ESM (bench/notes). Built-ins are plain require() calls here, no facade.
const checkBuild = await build({
	...common,
	format: 'cjs',
	banner: {},
	plugins: [fastStringWidth, checkRoutes('./lazy/')],
	entryPoints: {check: 'source/cli.ts'},
	outdir: 'distribution',
	outExtension: {'.js': '.cjs'},
	splitting: false,
});
// `smtp-doctor [HOST]` on a terminal (the interactive app) runs from a third build,
// distribution/ui.js: the split build loads ~60 files for the first frame (each costs Node
// ~0.4 ms plus its built-in facades), one file gets the first frame from 1.16 x to 1.03 x an Ink
// hello world (bench/startup-tui.mjs, bench/notes). Everything is in it but the lazy files
// (the same distribution/lazy/ as check.cjs's): a misrouted headless command still works, it
// only starts slower. Ink's devtools cannot stay a lazy chunk here (scripts/no-devtools.mjs).
const uiBuild = await build({
	...common,
	plugins: [builtinRequire, fastStringWidth, noDevtools, checkRoutes('./lazy/', {isCheck: false})],
	entryPoints: {ui: 'source/cli.ts'},
	outdir: 'distribution',
	splitting: false,
});
const lazyBuild = await build({
	...common,
	plugins: [builtinRequire, checkRoutes('./')],
	entryPoints: Object.fromEntries(
		Object.entries(lazyEntries).map(([name, file]) => [name.replace('lazy/', ''), file]),
	),
	outdir: 'distribution/lazy',
	splitting: false,
});

if (
	!Object.keys(uiBuild.metafile.outputs['distribution/ui.js']?.inputs ?? {}).some((input) =>
		input.startsWith('node_modules/ink/'),
	)
) {
	console.error('build: distribution/ui.js does not bundle Ink');
	process.exit(1);
}

for (const name of ['distribution/app.js', 'distribution/check.cjs']) {
	const output = result.metafile.outputs[name] ?? checkBuild.metafile.outputs[name];
	const leaked = Object.keys(output?.inputs ?? {}).filter((input) =>
		/node_modules\/(?:ink|react|react-reconciler|yoga-layout)\//.test(input),
	);
	if (!output || leaked.length > 0) {
		console.error(`build: ${name} bundles UI code: ${leaked.slice(0, 5).join(', ') || 'missing'}`);
		process.exit(1);
	}
}

// Which build a command line takes: `check` without --lab or --targets runs check.cjs; on a
// terminal, a command line that is not a headless command and asks for no report (what
// cli/main.ts runs as the interactive app, and `practice`) runs ui.js; the rest app.js. The
// guess only picks the fastest build: each build runs every command line correctly.
const splitRoutes = ['--lab', '--targets'];
const headlessWords = [
	'check',
	'presets',
	'discover',
	'lessons',
	'explain',
	'clients',
	'completion',
	'help',
];
const reportFlags = ['--json', '--plain', '--targets', '--help', '-h', '--version', '-V'];
const route = (isatty) => `const [first, ...rest] = process.argv.slice(2);
const has = (args, flags) => args.some((arg) => flags.some((flag) => arg === flag || arg.startsWith(flag + '=')));
const usesCheckBuild = first === 'check' && !has(rest, ${JSON.stringify(splitRoutes)});
const build = usesCheckBuild ? './check.cjs' : !${JSON.stringify(headlessWords)}.includes(first) && !has(process.argv.slice(2), ${JSON.stringify(reportFlags)}) && ${isatty}(1) ? './ui.js' : './app.js';`;

// distribution/cli.js: the ESM entry (tests, npm start, media) picks the build.
const entry = new URL('../distribution/cli.js', import.meta.url);
await writeFile(
	entry,
	`#!/usr/bin/env node
import {isatty} from 'node:tty';
${route('isatty')}
await import(build);
`,
);
await chmod(entry, 0o755);

// The executable (package.json bin) is a CommonJS launcher: Node starts a CommonJS main
// without its ESM loader, so `--version` alone is answered before any of it loads; everything
// else imports the build that command line takes. (bench/startup.mjs: --version 1.10-1.17 x
// bare Node, against 1.33 x for the same fast path inside the ESM entry and 1.7 x without one.)
const launcher = new URL('../distribution/cli.cjs', import.meta.url);
await writeFile(
	launcher,
	`#!/usr/bin/env node
'use strict';
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
	process.stdout.write(${JSON.stringify(`${pkg.version}\n`)});
} else {
	${route("require('node:tty').isatty").replaceAll('\n', '\n\t')}
	if (usesCheckBuild) {
		require(build);
	} else {
		import(build);
	}
}
`,
);
await chmod(launcher, 0o755);
const metafile = {
	inputs: {
		...result.metafile.inputs,
		...checkBuild.metafile.inputs,
		...uiBuild.metafile.inputs,
		...lazyBuild.metafile.inputs,
	},
	outputs: {
		...result.metafile.outputs,
		...checkBuild.metafile.outputs,
		...uiBuild.metafile.outputs,
		...lazyBuild.metafile.outputs,
	},
};
// The bundle carries its dependencies' code, so the published package carries their notices.
await writeThirdPartyLicenses(
	metafile,
	fileURLToPath(new URL('..', import.meta.url)),
	fileURLToPath(new URL('../distribution/THIRD-PARTY-LICENSES.txt', import.meta.url)),
);
// `npm start` (scripts/start.mjs) skips the build when none of these inputs changed.
await writeBuildStamp(metafile, [
	'distribution/THIRD-PARTY-LICENSES.txt',
	'distribution/cli.js',
	'distribution/cli.cjs',
]);
