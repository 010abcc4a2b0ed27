// Verdict words per language. `describeVerdict` turns a verdict (code + params) into a title,
// a sentence of what happened and a sentence of what to do. The registry lives in
// describe.ts (the headless check imports it directly and loads Indonesian only for --lang id);
// importing this module registers every table synchronously, as the TUI expects.
import {registerVerdictTexts} from './describe.js';
import {id} from './id.js';

export {severityOf} from '../../engine/verdict.js';
export type {ParamReader, VerdictDescription, VerdictText, VerdictTexts} from './types.js';
export {en as englishVerdictTexts} from './en.js';
export {id as indonesianVerdictTexts} from './id.js';
export {describeVerdict, loadVerdictTexts, registerVerdictTexts} from './describe.js';

registerVerdictTexts('id', id);
