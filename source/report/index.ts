// Formatters: pure functions from a finished RunResult to text.
export * from './color.js';
export * from './escape.js';
export * from './format-json.js';
export * from './format-markdown.js';
export * from './format-plain.js';
export * from './outcome.js';
export * from './summary.js';
export * from './transcript.js';
export * from './types.js';
export * from './words.js';
