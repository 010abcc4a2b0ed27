// The error decoder: what a pasted client error means, in that client's words, and (with a
// probe of the server) which cause it really is. Data in patterns.ts, causes.ts and
// client-words.ts, texts in texts.*.ts; `explainText` and `confirmCauses` are pure functions
// the CLI (`smtp-doctor explain`) and the TUI call.
export {causeCodes, type CauseCode} from './types.js';
export type * from './types.js';
export {causeDefinitions} from './causes.js';
export {clientPatterns, causePatterns, portPatterns} from './patterns.js';
export {clientWords, extraClients, trustCaOption, debugOption} from './client-words.js';
export {
	explainText,
	detectClient,
	scoreCauses,
	portsInText,
	fixFor,
	isAmbiguous,
	maxCauses,
	type ExplainOptions,
} from './explain-text.js';
export {
	preparePaste,
	redactPaste,
	normalisePaste,
	isBinaryPaste,
	maxPasteChars,
	headWindowChars,
	tailWindowChars,
} from './paste.js';
export {explainTextsEn, type ExplainTextKey} from './texts.en.js';
export {explainTextsId} from './texts.id.js';
export {confirmCauses, probePorts, maxProbePorts} from './confirm.js';
export {explanationLines, type ExplanationLine} from './explain-lines.js';
