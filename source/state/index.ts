// Table state shared by the headless CLI and the TUI: the reducer plus row-status selectors.
export * from './probe-reducer.js';
export * from './row-status.js';
export * from './labels.js';
