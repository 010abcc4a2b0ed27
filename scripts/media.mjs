// Generates the README pictures from a REAL lab run: starts the built CLI in a pseudo-terminal
// (node-pty), lets @xterm/headless keep the screen, and writes that screen, colours included,
// as SVG. Nothing is drawn by hand. Run: npm run build && node scripts/media.mjs [NAME...]
// (names: lab, classic, presets, practice; none = all).
import {mkdir, writeFile} from 'node:fs/promises';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {screenToSvg, startScreen} from './pty-screen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../distribution/cli.js', import.meta.url));
const media = new URL('../media/', import.meta.url);
const finished = /Use these settings|No port works/;
const size = {cols: 80, rows: 24};
const env = {FORCE_COLOR: '3', LANG: 'en_US.UTF-8', LC_ALL: ''};
const only = process.argv.slice(2);
const wants = (name) => only.length === 0 || only.includes(name);

// Keys at human speed: a pty delivers keys typed in the same instant as one chunk, which Ink
// reads as a paste, and keys typed before the app enabled raw mode wait for a newline.
async function humanPause() {
	await new Promise((resolve) => {
		setTimeout(resolve, 120);
	});
}

async function save(name, screen, title) {
	await screen.settle();
	const file = new URL(name, media);
	await writeFile(file, screenToSvg(screen.terminal, {title}));
	console.log(`wrote ${fileURLToPath(file)}`);
}

async function quit(screen) {
	await humanPause();
	screen.press('q');
	const {exitCode} = await screen.exited;
	screen.dispose();
	if (exitCode !== 0) {
		throw new Error(`smtp-doctor exited with ${exitCode}`);
	}
}

await mkdir(media, {recursive: true});

// 1. The provider-like lab: the live table once every port has answered, then a port detail.
if (wants('lab')) {
	const screen = startScreen('node', [cli, '--lab'], {...size, cwd: root, env});
	await screen.waitFor(finished, 30_000);
	await save('live-table.svg', screen, 'smtp-doctor --lab');
	await humanPause();
	screen.press('j');
	await screen.waitFor('› 465');
	await humanPause();
	screen.press('\r');
	await screen.waitFor('Timeline');
	await save('port-detail.svg', screen, 'smtp-doctor --lab: port 465 detail');
	await quit(screen);
}

// Moves the Home cursor down, one key at a time as a person would, to the item named `label`.
async function moveToHomeItem(screen, label) {
	const selectedLine = (text) => text.split('\n').find((line) => line.includes('❯')) ?? '';
	for (let step = 0; step < 20; step++) {
		const selected = selectedLine(screen.text());
		if (selected.includes(label)) {
			return;
		}

		screen.press('\u001B[B');
		await humanPause();
		await screen.waitFor((text) => selectedLine(text) !== selected);
	}
}

// 2. The classic-mistakes lab, reached from Home like a user would.
if (wants('classic')) {
	const screen = startScreen('node', [cli], {...size, cwd: root, env});
	await screen.waitFor('Custom host...', 15_000);
	await humanPause();
	await moveToHomeItem(screen, 'Lab: classic mistakes');

	screen.press('\r');
	await screen.waitFor(finished, 30_000);
	await save('classic-mistakes.svg', screen, 'smtp-doctor: Lab: classic mistakes');
	await quit(screen);
}

// 3. The provider list: grouped, filtered as you type.
if (wants('presets')) {
	const screen = startScreen('node', [cli], {...size, cwd: root, env});
	await screen.waitFor('Custom host...', 15_000);
	await humanPause();
	await moveToHomeItem(screen, 'More providers');

	screen.press('\r');
	await screen.waitFor('Search:');
	for (const key of 'mail') {
		await humanPause();
		screen.press(key);
	}

	await screen.waitFor(
		(text) => text.includes('Search: mail') && text.includes('Mailbox providers'),
	);
	await save('preset-search.svg', screen, 'smtp-doctor: providers, filtered as you type');
	screen.press('\u0003');
	await screen.exited;
	screen.dispose();
}

// 4. A practice exercise answered wrong: why not, the answer, and the two real probes.
async function practiceExercise() {
	const screen = startScreen('node', [cli, 'practice'], {...size, cwd: root, env});
	await screen.waitFor('1) Port 587 with STARTTLS', 15_000);
	await humanPause();
	screen.press('2');
	await screen.waitFor(/587 \(lab 127\.0\.0\.1:\d+, \d+ ms\): STARTTLS works/, 30_000);
	await save('practice.svg', screen, 'smtp-doctor practice: exercise 1, answered wrong');
	await quit(screen);
}

if (wants('practice')) {
	await practiceExercise();
}
