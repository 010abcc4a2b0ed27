// `npm run bench`: builds first (see package.json), then prints every benchmark's figures.
await import('./probe-concurrency.mjs');
console.log('');
await import('./startup.mjs');
console.log('');
await import('./startup-tui.mjs');
