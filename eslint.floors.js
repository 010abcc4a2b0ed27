// The floors of source/, read strictly downward: a folder may import only the folders listed
// for it (and itself). `no-restricted-imports` sees the import specifier, not the resolved
// path, so each rule is made per folder and depth: from source/X/a/b.ts, `../../F/` reaches
// source/F/. The import-circle check lives in tests/architecture/floors.test.ts.

const base = ['report', 'state', 'i18n', 'config', 'engine'];

/**
 * Feature folders: each may import the floors below and the features listed for it (no
 * circles: tests/architecture/floors.test.ts checks).
 */
const features = {
	presets: [],
	lessons: [],
	lab: [],
	clients: [],
	explain: ['clients'],
	hostinfo: [],
	// "My network or the server?": control probes on the presets' hosts (cli and ui run them).
	controls: ['presets'],
	discovery: ['presets'],
	// Exercises on the lab's stations, explained by the lessons.
	practice: ['lab', 'lessons'],
};

/** What each top folder of source/ may import (besides itself and npm packages). */
export const floors = {
	engine: [],
	config: ['engine'],
	i18n: ['config', 'engine'],
	state: ['i18n', 'config', 'engine'],
	report: ['state', 'i18n', 'config', 'engine'],
	...Object.fromEntries(
		Object.entries(features).map(([name, others]) => [name, [...others, ...base]]),
	),
	ui: [...Object.keys(features), ...base],
	cli: ['ui', ...Object.keys(features), ...base],
};

const maxDepth = 4;

/** ESLint config blocks that forbid each folder's imports of the folders above it. */
export function floorRules() {
	const all = Object.keys(floors);
	const blocks = [];
	for (const [folder, allowed] of Object.entries(floors)) {
		const forbidden = all.filter((other) => other !== folder && !allowed.includes(other));
		for (let depth = 1; depth <= maxDepth; depth++) {
			const dirs = Array.from({length: depth - 1}, () => '*').join('/');
			const glob = `source/${folder}/${dirs ? dirs + '/' : ''}*.{ts,tsx}`;
			const up = '\\.\\./'.repeat(depth);
			const message = `source/${folder}/ sits below these folders and may import only ${allowed.length > 0 ? allowed.join(', ') : 'node:* and itself'} (see eslint.floors.js).`;
			// `import()` is not an import declaration: the same rule, as a syntax selector.
			const dynamic = `^${up.replaceAll('/', '\\/')}(${forbidden.join('|')})(\\/|$)`;
			blocks.push({
				files: [glob],
				rules: {
					'no-restricted-syntax': [
						'error',
						{selector: `ImportExpression[source.value=/${dynamic}/]`, message},
						{
							selector: `ImportExpression[source.value=/^${up.replaceAll('/', '\\/')}\\.\\.\\//]`,
							message: 'source/ imports nothing outside source/.',
						},
					],
					'no-restricted-imports': [
						'error',
						{
							patterns: [
								{
									regex: `^${up}(${forbidden.join('|')})(/|$)`,
									message,
								},
								// Out of source/ altogether (from deeper than the file sits).
								{regex: `^${up}\\.\\./`, message: 'source/ imports nothing outside source/.'},
							],
						},
					],
				},
			});
		}
	}

	blocks.push({
		files: ['source/cli.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{patterns: [{regex: '^\\./(ui)/', message: 'The entry loads the UI only through cli/.'}]},
			],
		},
	});
	return blocks;
}
