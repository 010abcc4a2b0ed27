// Catastrophic backtracking, measured: the functions that run regular expressions over text a
// user pastes or a server sends, on long adversarial input (1 MiB pastes of runs that make a
// backtracking pattern explode: 'a'.repeat(n) + '!', long runs of spaces, hyphens, colons and
// digits). Prints each time next to a target; MISSED when slower. A bench, not a test: these
// machines are shared. `node bench/regex-backtracking.mjs`
import {build} from 'esbuild';
import {performance} from 'node:perf_hooks';

const {outputFiles} = await build({
	stdin: {
		contents: `export {explainText} from './source/explain/index.ts';
export {opensslReason, describeTlsAlert} from './source/engine/tls-errors.ts';
export {sanitizeText} from './source/engine/sanitize.ts';
export {parseReplies} from './source/engine/reply-parser.ts';
export {createRedactor} from './source/engine/redact.ts';`,
		resolveDir: process.cwd(),
		loader: 'ts',
	},
	bundle: true,
	write: false,
	format: 'esm',
	platform: 'node',
});
const code = outputFiles[0].text;
const m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const mib = 1024 * 1024;
const inputs = {
	'a-run + !': `${'a'.repeat(mib)}!`,
	spaces: `535 ${' '.repeat(mib)}x`,
	hyphens: `${'-'.repeat(mib)}:`,
	'colons and digits': '1:'.repeat(mib / 2),
	'AUTH lines': 'C: AUTH PLAIN '.repeat(mib / 14),
	'password: runs': 'password: '.repeat(mib / 10),
	'url-ish': 'smtps://u:'.repeat(mib / 10),
};
const targets = {
	explainText: 400,
	opensslReason: 50,
	describeTlsAlert: 50,
	sanitizeText: 200,
	parseReplies: 200,
	redactor: 100,
};
const redact = m.createRedactor(['hunter2-secret']);
const run = {
	explainText: (text) => m.explainText(text),
	opensslReason: (text) => m.opensslReason(text),
	describeTlsAlert: (text) => m.describeTlsAlert(text),
	sanitizeText: (text) => m.sanitizeText(text, {maxLength: 1024}),
	parseReplies: (text) => m.parseReplies(new TextEncoder().encode(text)),
	redactor: (text) => redact(text),
};
let missed = 0;
console.log('function           input                 ms      target  ');
for (const [name, fn] of Object.entries(run)) {
	for (const [label, text] of Object.entries(inputs)) {
		const started = performance.now();
		fn(text);
		const ms = performance.now() - started;
		const isMissed = ms > targets[name];
		missed += isMissed ? 1 : 0;
		console.log(
			`${name.padEnd(18)} ${label.padEnd(20)} ${ms.toFixed(1).padStart(8)}  ${String(targets[name]).padStart(6)}  ${isMissed ? 'MISSED' : 'ok'}`,
		);
	}
}

console.log(
	`regex-backtracking: ${Object.keys(run).length * Object.keys(inputs).length - missed} met, ${missed} MISSED (1 MiB inputs)`,
);
