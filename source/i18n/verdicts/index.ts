// Verdict words per language: one table each (en.ts, id.ts), read through a catalogue.
export {severityOf} from '../../engine/verdict.js';
export type {ParamReader, VerdictDescription, VerdictText, VerdictTexts} from './types.js';
export {describeWith} from './describe.js';
