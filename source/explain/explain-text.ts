// From a pasted error to ranked causes: prepare the text (redact, normalise, window), recognise
// the client, score every cause pattern, and word each cause with the client's own settings.
// Pure: no I/O, no clock; the same text gives the same answer.
import type {Lang} from '../config/lang.js';
import {escapeAndClip} from '../report/escape.js';
import {causeDefinitions} from './causes.js';
import {clientWords, debugOption, trustCaOption, type ClientWords} from './client-words.js';
import {preparePaste} from './paste.js';
import {causePatterns, clientPatterns, fileExtensions, portPatterns} from './patterns.js';
import {say, type ExplainTextKey, type TextParams} from './texts.js';
import type {
	CauseCode,
	CausePattern,
	ClientPattern,
	Confidence,
	ExplainedCause,
	Explanation,
} from './types.js';

/** Options of `explainText`. */
export type ExplainOptions = {
	readonly lang?: Lang;
	/** The client, when the user knows it better than the text shows (a catalogue or extra id). */
	readonly client?: string;
	/** The pattern tables (tests pass their own). */
	readonly clientPatterns?: readonly ClientPattern[];
	readonly causePatterns?: readonly CausePattern[];
};

/** At most this many causes are listed. */
export const maxCauses = 8;

/** Two causes this close in score are a tie the probe has to break. */
const ambiguityMargin = 0.15;

const maxEvidenceWidth = 200;

/** The ports a text names, in order, each once (1 to 65535; not a file name's line number). */
export function portsInText(text: string): readonly number[] {
	const found: Array<{index: number; port: number}> = [];
	for (const pattern of portPatterns) {
		for (const match of text.matchAll(pattern)) {
			const tld = match.groups?.['tld'];
			const port = Number(match.groups?.['port']);
			if (
				(tld !== undefined && fileExtensions.has(tld.toLowerCase())) ||
				!(port >= 1 && port <= 65_535)
			) {
				continue;
			}

			found.push({index: match.index, port});
		}
	}

	found.sort((a, b) => a.index - b.index);
	return [...new Set(found.map((item) => item.port))];
}

/** The client the text probably came from: the highest weight among matching shapes. */
export function detectClient(
	text: string,
	patterns: readonly ClientPattern[] = clientPatterns,
): string | null {
	let best: ClientPattern | undefined;
	for (const pattern of patterns) {
		if ((best === undefined || pattern.weight > best.weight) && pattern.regex.test(text)) {
			best = pattern;
		}
	}

	return best?.client ?? null;
}

/** The whole line around `index`, trimmed, escaped and clipped for display. */
function lineAt(text: string, index: number): string {
	const start = text.lastIndexOf('\n', index) + 1;
	const newline = text.indexOf('\n', index);
	const end = newline === -1 ? text.length : newline;
	// Never look further than the display width around the hit (a 1 MB line stays cheap).
	const from = Math.max(start, index - maxEvidenceWidth);
	const to = Math.min(end, index + maxEvidenceWidth);
	return escapeAndClip(text.slice(from, to).trim(), maxEvidenceWidth);
}

type Tally = {
	miss: number;
	factor: number;
	order: number;
	evidence: string[];
};

/** Scores every cause the text points at (before words). Exported for the tests and the bench. */
export function scoreCauses(
	text: string,
	context: {readonly client: string | null; readonly ports: readonly number[]},
	patterns: readonly CausePattern[] = causePatterns,
): ReadonlyArray<{code: CauseCode; score: number; evidence: readonly string[]}> {
	const tallies = new Map<CauseCode, Tally>();
	const factors = new Map<CauseCode, number>();
	let order = 0;
	for (const pattern of patterns) {
		if (pattern.ports && !pattern.ports.some((port) => context.ports.includes(port))) {
			continue;
		}

		if (pattern.clients && (context.client === null || !pattern.clients.includes(context.client))) {
			continue;
		}

		const match = pattern.regex.exec(text);
		if (!match) {
			continue;
		}

		const line = lineAt(text, match.index);
		for (const {code, weight} of pattern.causes) {
			const tally = tallies.get(code) ?? {miss: 1, factor: 1, order: order++, evidence: []};
			tally.miss *= 1 - weight;
			if (!tally.evidence.includes(line) && tally.evidence.length < 2) {
				tally.evidence.push(line);
			}

			tallies.set(code, tally);
		}

		for (const {code, weight} of pattern.against ?? []) {
			factors.set(code, (factors.get(code) ?? 1) * weight);
		}
	}

	return [...tallies.entries()]
		.map(([code, tally]) => ({
			code,
			score: (1 - tally.miss) * (factors.get(code) ?? 1),
			order: tally.order,
			evidence: tally.evidence,
		}))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map(({code, score, evidence}) => ({code, score: Math.round(score * 1000) / 1000, evidence}));
}

function confidenceOf(score: number): Confidence {
	return score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low';
}

/** Frameworks built on a library print the library's errors: say the fix in both. */
const builtOn: Readonly<Record<string, string>> = {
	smtplib: 'django',
	phpmailer: 'wordpress',
	symfony: 'laravel',
	nodemailer: 'uptime-kuma',
};

/** The {placeholders} a fix is filled with, from the client's words or the generic ones. */
function wordParams(lang: Lang, words: ClientWords | undefined): TextParams {
	if (!words) {
		return {
			client: say(lang, 'words.client'),
			implicit: say(lang, 'words.implicit'),
			starttls: say(lang, 'words.starttls'),
			requireStarttls: say(lang, 'words.requireStarttls'),
			passwordField: say(lang, 'words.passwordField'),
		};
	}

	return {
		client: words.short,
		implicit: words.implicit ?? say(lang, 'words.noImplicit', {client: words.short}),
		starttls: words.starttls,
		requireStarttls: words.requireStarttls ?? words.starttls,
		passwordField: words.passwordField,
	};
}

/** The fix for `code` in the words of `clientId` (or the generic words), with its extra sentences. */
export function fixFor(code: CauseCode, clientId: string | null, lang: Lang): string {
	const words = clientWords(clientId);
	const params = wordParams(lang, words);
	const sentences = [say(lang, `${code}.fix`, params)];
	if (words && code === 'cert-untrusted' && trustCaOption[words.id]) {
		sentences.push(
			say(lang, 'extra.trustCa', {client: words.short, option: trustCaOption[words.id]!}),
		);
	}

	if (words?.nameOverride && code === 'cert-name-mismatch') {
		sentences.push(
			say(lang, 'extra.nameOverride', {
				client: words.short,
				option: words.nameOverride.replaceAll('{certName}', 'NAME'),
			}),
		);
	}

	if (words && code === 'starttls-not-used' && words.requireStarttls === null) {
		sentences.push(say(lang, 'extra.noRequireStarttls', params));
	}

	const relative = words ? builtOn[words.id] : undefined;
	const relativeWords = relative === undefined ? undefined : clientWords(relative);
	if (relativeWords && causeDefinitions[code].isEncryptionFix) {
		// "In Django: EMAIL_USE_TLS = True on port 587, ..." (same text, other settings file).
		const fix = say(lang, `${code}.fix`, wordParams(lang, relativeWords));
		sentences.push(fix);
	}

	return sentences.join(' ');
}

/**
 * What a pasted error text most likely means: the client it came from, the ranked causes and,
 * for each, why and what to change in that client. Never throws on any string.
 */
export function explainText(raw: string, options: ExplainOptions = {}): Explanation {
	const lang = options.lang ?? 'en';
	const {text, isClipped} = preparePaste(raw);
	const ports = portsInText(text);
	const detected = options.client ?? detectClient(text, options.clientPatterns);
	const words = clientWords(detected);
	const client = words ? detected : null;
	const scored = scoreCauses(text, {client, ports}, options.causePatterns).slice(0, maxCauses);
	const isAmbiguous = scored.length > 1 && scored[1]!.score >= scored[0]!.score - ambiguityMargin;
	const causes: ExplainedCause[] = scored.map((item, index) => {
		const base = confidenceOf(item.score);
		const isTied = isAmbiguous && index < 2 && base === 'high';
		return {
			code: item.code,
			title: say(lang, `${item.code}.title` as ExplainTextKey),
			why: say(lang, `${item.code}.why` as ExplainTextKey, wordParams(lang, words)),
			fix: fixFor(item.code, client, lang),
			confidence: isTied ? 'medium' : base,
			score: item.score,
			confirmed: null,
			evidence: item.evidence,
		};
	});
	const option = client === null ? undefined : debugOption[client];
	return {
		schemaVersion: 1,
		lang,
		client,
		clientName: words?.name ?? null,
		causes,
		ports,
		...(option && words ? {hint: say(lang, 'out.hint', {option, client: words.short})} : {}),
		isClipped,
	};
}

/** True when the top causes are too close to call without a probe. */
export function isAmbiguous(explanation: Explanation): boolean {
	const [first, second] = explanation.causes;
	return (
		first !== undefined && second !== undefined && second.score >= first.score - ambiguityMargin
	);
}
