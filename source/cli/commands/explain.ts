// `smtp-doctor explain [TEXT | -] [--client NAME] [--probe HOST] [--json]`: what a pasted mail
// client error means (source/explain/): the client it came from, the likely causes ranked, and
// for each why and the fix in that client's own option names. With --probe HOST the causes are
// checked against a real probe of the server: proved, ruled out, or not decidable. The text
// is redacted (passwords, AUTH lines, tokens) before anything reads it, and read bounded.
import process from 'node:process';
import {
	confirmCauses,
	explainText,
	explanationLines,
	maxPasteChars,
	type Explanation,
} from '../../explain/index.js';
import {findClient} from '../../clients/index.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import {detectLang, isLang} from '../../config/lang.js';
import type {Translator} from '../../i18n/translate.js';
import {UsageError} from '../../config/usage-error.js';
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {buildAppOptions} from '../options.js';
import {collectRun} from '../run-check.js';

/** Reads stdin to the end, at most `maxPasteChars` (+1 to tell that it was longer). */
async function readStdin(): Promise<string> {
	let text = '';
	for await (const chunk of process.stdin) {
		text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
		if (text.length > maxPasteChars) {
			process.stdin.destroy();
			break;
		}
	}

	return text;
}

/** The plain text: the client, then each cause with why, fix and evidence (explain-lines.ts). */
export function formatExplanation(explanation: Explanation, t: Translator): string {
	return `${explanationLines(explanation, t)
		.map((line) => line.text)
		.join('\n')}\n`;
}

export async function runExplainCli({args, flags, io}: CommandContext): Promise<number> {
	const fromStdin = args.length === 0 || (args.length === 1 && args[0] === '-');
	if (fromStdin && process.stdin.isTTY) {
		throw new UsageError(
			'explain needs the error text: smtp-doctor explain "TEXT", or pipe it in (… | smtp-doctor explain -)',
		);
	}

	const text = fromStdin ? await readStdin() : args.join(' ');
	if (text.trim() === '') {
		throw new UsageError('explain: the text is empty');
	}

	const client = flags.client?.trim().toLowerCase();
	if (client !== undefined && !findClient(client)) {
		throw new UsageError(
			`--client: unknown client ${JSON.stringify(client.slice(0, 40))}; smtp-doctor clients lists them`,
		);
	}

	if (flags.lang !== undefined && !isLang(flags.lang)) {
		throw new UsageError(`--lang: unknown language ${JSON.stringify(flags.lang)}; use en or id`);
	}

	// Validated before the probe: a bad host or flag is one line and costs nothing.
	const options =
		flags.probe === undefined
			? undefined
			: buildAppOptions(flags, flags.probe, {
					env: io.env,
					isStdoutTty: io.stdout.isTTY === true,
				});
	const lang = flags.json ? 'en' : detectLang(flags.lang, io.env);
	const catalogue = await loadCatalogue(lang);
	let explanation = explainText(text, {lang, ...(client ? {client} : {})});
	if (options !== undefined && flags.probe !== undefined) {
		// The probe only confirms or refutes the causes: no control probes.
		const probeOptions: Omit<typeof options, 'controls'> = {...options};
		delete (probeOptions as {controls?: unknown}).controls;
		const run = await collectRun(
			{...probeOptions, host: options.host ?? flags.probe, output: 'plain'},
			io.signal,
		);
		explanation = {
			...confirmCauses(explanation, run, catalogue),
			probe: {host: run.host, ports: run.ports.map((port) => port.port)},
		};
	}

	await writeFully(
		io.stdout,
		flags.json
			? `${JSON.stringify(explanation, undefined, 2)}\n`
			: formatExplanation(explanation, catalogue.t),
	);
	return explanation.causes.length > 0 ? 0 : 1;
}
