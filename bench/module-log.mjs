// `node --import ./bench/module-log.mjs ...`: appends the path of every JavaScript file the
// program loads (ESM and CommonJS) to $BENCH_MODULE_LOG, one a line. For the chunk counts
// printed by bench/startup.mjs; never used for a timed run (the hooks slow loading down).
import {appendFileSync} from 'node:fs';
import {register} from 'node:module';
import Module from 'node:module';

const log = process.env.BENCH_MODULE_LOG;
if (log) {
	register(
		`data:text/javascript,${encodeURIComponent(`
import {appendFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
export async function load(url, context, next) {
	if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, fileURLToPath(url) + '\\n');
	return next(url, context);
}`)}`,
	);
	// require() of bundled CommonJS does not pass the ESM hooks.
	const original = Module.prototype._compile;
	Module.prototype._compile = function (content, filename) {
		appendFileSync(log, `${filename}\n`);
		return original.call(this, content, filename);
	};
}
