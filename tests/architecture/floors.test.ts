// The floors of source/ (eslint.floors.js) hold for every import, static or `import()`, and no
// import circle exists. The lint rule itself is checked on a deliberate back-import.
import fs from 'node:fs';
import path from 'node:path';
import {ESLint} from 'eslint';
import tseslint from 'typescript-eslint';
import {describe, expect, it} from 'vitest';
import {floorRules, floors} from '../../eslint.floors.js';

const root = path.resolve(import.meta.dirname, '../..');
const sourceRoot = path.join(root, 'source');

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			return sourceFiles(full);
		}

		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

const specifierPattern = /(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g;

function resolveLocal(from: string, specifier: string): string {
	const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
	for (const candidate of [`${base}.ts`, `${base}.tsx`]) {
		if (fs.existsSync(candidate)) {
			return candidate;
		}
	}

	throw new Error(`${path.relative(root, from)}: cannot resolve ${specifier}`);
}

type Edge = {readonly from: string; readonly to: string};

function importGraph(): {files: string[]; edges: Edge[]; packages: Map<string, Set<string>>} {
	const files = sourceFiles(sourceRoot);
	const edges: Edge[] = [];
	const packages = new Map<string, Set<string>>();
	for (const file of files) {
		const text = fs.readFileSync(file, 'utf8');
		for (const match of text.matchAll(specifierPattern)) {
			const specifier = match[1]!;
			if (specifier.startsWith('.')) {
				edges.push({from: file, to: resolveLocal(file, specifier)});
			} else {
				const set = packages.get(file) ?? new Set<string>();
				set.add(specifier);
				packages.set(file, set);
			}
		}
	}

	return {files, edges, packages};
}

const topFolder = (file: string): string => {
	const relative = path.relative(sourceRoot, file);
	return relative.includes(path.sep) ? relative.split(path.sep)[0]! : '(entry)';
};

describe('source floors', () => {
	const {files, edges, packages} = importGraph();

	it('finds the source tree and its imports', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(edges.length).toBeGreaterThan(300);
	});

	it('every folder of source/ has a floor', () => {
		const folders = fs
			.readdirSync(sourceRoot, {withFileTypes: true})
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(folders.filter((name) => !(name in floors))).toEqual([]);
	});

	it('every import reads downward (static and dynamic)', () => {
		const table = floors as Record<string, readonly string[]>;
		const wrong = edges
			.filter(({from, to}) => {
				const a = topFolder(from);
				const b = topFolder(to);
				if (a === b || a === '(entry)') {
					return false;
				}

				const allowed = table[a];
				if (!allowed) {
					throw new Error(`source/${a}/ has no floor in eslint.floors.js`);
				}

				return !allowed.includes(b);
			})
			.map(({from, to}) => `${path.relative(root, from)} -> ${path.relative(root, to)}`);
		expect(wrong).toEqual([]);
	});

	it('the engine imports only node:*, itself and the mail composer library', () => {
		const outside = [...packages]
			.filter(([file]) => topFolder(file) === 'engine')
			.flatMap(([file, set]) =>
				[...set]
					.filter((name) => !name.startsWith('node:') && !name.startsWith('nodemailer/'))
					.map((name) => `${path.relative(root, file)}: ${name}`),
			);
		expect(outside).toEqual([]);
	});

	it('has no import circle', () => {
		const next = new Map<string, string[]>();
		for (const {from, to} of edges) {
			next.set(from, [...(next.get(from) ?? []), to]);
		}

		// Tarjan's strongly connected components: any component of two or more files is a circle.
		let index = 0;
		const indices = new Map<string, number>();
		const low = new Map<string, number>();
		const stack: string[] = [];
		const onStack = new Set<string>();
		const circles: string[][] = [];
		const visit = (node: string): void => {
			indices.set(node, index);
			low.set(node, index);
			index++;
			stack.push(node);
			onStack.add(node);
			for (const target of next.get(node) ?? []) {
				if (!indices.has(target)) {
					visit(target);
					low.set(node, Math.min(low.get(node)!, low.get(target)!));
				} else if (onStack.has(target)) {
					low.set(node, Math.min(low.get(node)!, indices.get(target)!));
				}
			}

			if (low.get(node) === indices.get(node)) {
				const component: string[] = [];
				let member: string;
				do {
					member = stack.pop()!;
					onStack.delete(member);
					component.push(path.relative(root, member));
				} while (member !== node);
				if (component.length > 1) {
					circles.push(component.sort());
				}
			}
		};

		for (const file of files) {
			if (!indices.has(file)) {
				visit(file);
			}
		}

		expect(circles).toEqual([]);
	});
});

describe('the floor lint rule', () => {
	const eslint = new ESLint({
		cwd: root,
		overrideConfigFile: true,
		overrideConfig: [
			{files: ['**/*.ts', '**/*.tsx'], languageOptions: {parser: tseslint.parser}},
			...(floorRules() as ESLint.Options['overrideConfig'][]),
		] as ESLint.Options['overrideConfig'],
	});

	async function errors(code: string, filePath: string): Promise<string[]> {
		const [result] = await eslint.lintText(code, {filePath: path.join(root, filePath)});
		return (result?.messages ?? []).map((message) => message.ruleId ?? '');
	}

	it('fails on a back-import from the engine, static or dynamic', async () => {
		expect(
			await errors("import {x} from '../cli/main.js';\nexport {x};\n", 'source/engine/x.ts'),
		).toEqual(['no-restricted-imports']);
		expect(
			await errors("export const m = import('../ui/app/app.js');\n", 'source/engine/x.ts'),
		).toEqual(['no-restricted-syntax']);
		expect(
			await errors(
				"import {x} from '../../report/index.js';\nexport {x};\n",
				'source/i18n/verdicts/x.ts',
			),
		).toEqual(['no-restricted-imports']);
	});

	it('passes the same imports where the floors allow them', async () => {
		expect(
			await errors("import {x} from '../engine/types.js';\nexport {x};\n", 'source/cli/x.ts'),
		).toEqual([]);
		expect(
			await errors(
				"import {x} from '../../engine/types.js';\nexport {x};\n",
				'source/ui/probe/x.ts',
			),
		).toEqual([]);
	});
});
