// Formatters: pure functions from the one Diagnosis (diagnosis.ts) to text.
export * from './color.js';
export * from './diagnosis.js';
export * from './escape.js';
export * from './format-json.js';
export * from './format-markdown.js';
export * from './format-plain.js';
export * from './transcript.js';
export * from './types.js';
