// string-width through a table for single code points whose width the real string-width gives
// on its own (ASCII, Latin, Greek, Cyrillic, punctuation, arrows, box drawing, symbols,
// dingbats, CJK, fullwidth forms), computed at build time from the very version each importer
// resolves (Ink uses 8.x, wrap-ansi 7.x, and they disagree on ✔ and ✖), so results are equal by
// construction. Anything else (combining marks, ZWJ, variation selectors, emoji, Hangul jamo, any
// options) goes to the real implementation, which only then builds its Intl.Segmenter and emoji
// expressions (~25 ms and a few MiB: at module evaluation, so the real one is required lazily).
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const ranges = [
	[0xa0, 0x2ff],
	[0x370, 0x482],
	[0x48a, 0x52f],
	[0x2010, 0x205e],
	[0x2100, 0x23ff],
	[0x2460, 0x27bf],
	[0x2e80, 0x3098],
	[0x309b, 0x30ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xac00, 0xd7a3],
	[0xff01, 0xff60],
];

async function runsFor(realPath) {
	const {default: real} = await import(pathToFileURL(realPath).href);
	const runs = [];
	for (const [from, to] of ranges) {
		for (let cp = from; cp <= to; cp++) {
			const w = real(String.fromCodePoint(cp));
			if (w !== 1 && w !== 2) {
				continue; // zero-width or odd: not in the table, so the real one decides
			}

			const last = runs.at(-1);
			if (last && last[1] === cp - 1 && last[2] === w) {
				last[1] = cp;
			} else {
				runs.push([cp, cp, w]);
			}
		}
	}

	return runs;
}

export const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, async (args) => {
			if (args.pluginData?.isFastWidth) {
				return undefined;
			}

			const real = await build.resolve('string-width', {
				kind: args.kind,
				resolveDir: args.resolveDir,
				pluginData: {isFastWidth: true},
			});
			return {path: real.path, namespace: 'fast-width', pluginData: {real: real.path}};
		});
		build.onLoad({filter: /.*/, namespace: 'fast-width'}, async (args) => {
			const realPath = args.pluginData.real;
			const runs = await runsFor(realPath);
			const stripAnsiPath = (
				await build.resolve('strip-ansi', {
					kind: 'import-statement',
					resolveDir: path.dirname(realPath),
				})
			).path;
			return {
				resolveDir: path.dirname(realPath),
				loader: 'js',
				contents: `
import stripAnsi from ${JSON.stringify(stripAnsiPath)};
const runs = ${JSON.stringify(runs.flat())};
// The real string-width builds an Intl.Segmenter and four Unicode-property expressions when
// its module is evaluated (~20 ms at start-up): require() makes esbuild evaluate it only when
// a string first needs it.
let realWidth;
function real(string, options) {
	realWidth ??= require(${JSON.stringify(realPath)}).default;
	return realWidth(string, options);
}
function tableWidth(cp) {
	let low = 0, high = runs.length / 3 - 1;
	while (low <= high) {
		const mid = (low + high) >> 1, at = mid * 3;
		if (cp < runs[at]) high = mid - 1; else if (cp > runs[at + 1]) low = mid + 1; else return runs[at + 2];
	}
	return 0;
}
export default function stringWidth(string, options) {
	if (typeof string !== 'string' || options !== undefined) return real(string, options);
	let text = string;
	if (text.includes('\\x1B') || text.includes('\\x9B')) text = stripAnsi(text);
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const cp = text.charCodeAt(i);
		if (cp >= 0x20 && cp <= 0x7e) { width++; continue; }
		const w = cp >= 0xd800 && cp <= 0xdfff ? 0 : tableWidth(cp);
		if (w === 0) return real(string, options);
		width += w;
	}
	return width;
}`,
			};
		});
	},
};
