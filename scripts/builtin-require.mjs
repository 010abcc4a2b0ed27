// Node's built-in modules, imported with `import ... from 'node:x'` in an ES module, get an ESM
// facade: Node copies every export of the built-in into it, and reading each one runs the
// built-in's lazy getters (crypto.webcrypto, process.report, util.MIMEType, ...), loading
// modules nothing uses. require() has no facade. This plugin, for the one-file builds, turns
// each static `node:` import into a require() of the built-in (the bundle's banner makes
// `require` with createRequire): esbuild wraps it as a CommonJS module and reads each name
// where it is used. Measured: loading check.js 47.3 -> 43.1 MiB peak RSS (103 -> 53 built-in
// modules); a 4-port TLS check, which loads tls and crypto anyway, -0.4 MiB (bench/notes).
// Not for the split build: each such module became a chunk of its own there.
export const builtinRequire = {
	name: 'builtin-require',
	setup(build) {
		build.onResolve({filter: /^node:/}, (args) => {
			if (args.kind === 'import-statement') {
				return {path: args.path, namespace: 'builtin-require'};
			}

			return {path: args.path, external: true};
		});
		build.onLoad({filter: /.*/, namespace: 'builtin-require'}, (args) => ({
			contents: `module.exports = require(${JSON.stringify(args.path)});`,
			loader: 'js',
		}));
	},
};
