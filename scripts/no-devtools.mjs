// Ink loads its devtools (react-devtools-core, ws and a window polyfill) only when DEV=true,
// through `await import('./devtools.js')`. The one-file builds (distribution/ui.js and the
// single executable) cannot keep that import lazy, so this plugin makes it a module that fails
// as the missing package would (react-devtools-core is not a dependency): Ink catches an
// ERR_MODULE_NOT_FOUND and explains how to install it, as it does for the split build.
export const noDevtools = {
	name: 'no-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			/[\\/]ink[\\/]build[\\/]/.test(args.importer)
				? {path: 'ink-devtools', namespace: 'no-devtools'}
				: undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({
			contents:
				"const error = new Error('react-devtools-core is not part of this build'); error.code = 'ERR_MODULE_NOT_FOUND'; throw error;",
			loader: 'js',
		}));
	},
};
