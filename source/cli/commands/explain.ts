// `smtp-doctor explain [TEXT | -] [--client NAME] [--probe HOST] [--json]`: what a pasted mail
// client error means (source/explain/): the client it came from, the likely causes ranked, and
// for each why and the fix in that client's own option names. With --probe HOST the causes are
// checked against a real probe of the server: proved, ruled out, or not decidable. The text
// is redacted (passwords, AUTH lines, tokens) before anything reads it, and read bounded.
import process from 'node:process';
import {confirmCauses, explainText, maxPasteChars, type Explanation} from '../../explain/index.js';
import {findClient} from '../../clients/index.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import {detectLang, isLang} from '../../config/lang.js';
import {escapeAndClip, escapeTerminal} from '../../report/escape.js';
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

function confirmedWord(cause: Explanation['causes'][number]): string {
	return cause.confirmed === true
		? 'proved by the probe'
		: cause.confirmed === false
			? 'ruled out by the probe'
			: cause.confidence;
}

/** The plain text: the client, then each cause with why, fix and evidence. */
export function formatExplanation(explanation: Explanation): string {
	const lines: string[] = [];
	lines.push(
		explanation.clientName
			? `Client: ${escapeTerminal(explanation.clientName)}`
			: 'Client: not recognised from the text (name it with --client)',
	);
	if (explanation.probe) {
		lines.push(
			`Checked against a probe of ${escapeTerminal(explanation.probe.host)} (ports ${explanation.probe.ports.join(', ')}).`,
		);
	}

	if (explanation.causes.length === 0) {
		lines.push(
			'',
			'No known cause matches this text. Paste the whole error (with the lines before it), or run: smtp-doctor check HOST',
		);
	}

	for (const [index, cause] of explanation.causes.entries()) {
		lines.push('', `${index + 1}. ${escapeTerminal(cause.title)} (${confirmedWord(cause)})`);
		if (cause.proof) {
			lines.push(`   Probe: ${escapeTerminal(cause.proof)}`);
		}

		lines.push(`   Why: ${escapeTerminal(cause.why)}`, `   Fix: ${escapeTerminal(cause.fix)}`);
		for (const evidence of cause.evidence.slice(0, 2)) {
			lines.push(`   Matched: ${escapeAndClip(evidence, 160)}`);
		}
	}

	if (explanation.hint) {
		lines.push('', escapeTerminal(explanation.hint));
	}

	if (explanation.isClipped) {
		lines.push('', 'The text was long: its start and its end were read.');
	}

	return `${lines.join('\n')}\n`;
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
	let explanation = explainText(text, {lang, ...(client ? {client} : {})});
	if (options !== undefined && flags.probe !== undefined) {
		const run = await collectRun(
			{...options, host: options.host ?? flags.probe, output: 'plain'},
			io.signal,
		);
		explanation = {
			...confirmCauses(explanation, run, await loadCatalogue(lang)),
			probe: {host: run.host, ports: run.ports.map((port) => port.port)},
		};
	}

	await writeFully(
		io.stdout,
		flags.json ? `${JSON.stringify(explanation, undefined, 2)}\n` : formatExplanation(explanation),
	);
	return explanation.causes.length > 0 ? 0 : 1;
}
