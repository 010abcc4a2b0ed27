// Generates the README pictures from REAL runs: starts the built CLI in a pseudo-terminal
// (node-pty), lets @xterm/headless keep the screen, and writes that screen, colours included,
// as SVG. Nothing is drawn by hand. Run: npm run build && node scripts/media.mjs [NAME...]
// (names: lab, clients, explain, classic, presets, eight-ports, practice; none = all).
//
// Besides the two labs, one picture is the SMTP2GO preset (8 ports) at 80x24: its ports are
// served on 127.77.0.2 by real smtp-server instances with a certificate from a CA made for
// this run (passed with --ca), 25 and 80 closed as a network that blocks them would.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {generate} from 'selfsigned';
import {SMTPServer} from 'smtp-server';
import {screenToSvg, startScreen} from './pty-screen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../distribution/cli.js', import.meta.url));
const media = new URL('../media/', import.meta.url);
const finished = /Use these settings|No port works/;
const size = {cols: 80, rows: 24};
const env = {FORCE_COLOR: '3', LANG: 'en_US.UTF-8', LC_ALL: ''};
const only = process.argv.slice(2);
const wants = (name) => only.length === 0 || only.includes(name);

async function save(name, screen, title) {
	await screen.settle();
	const file = new URL(name, media);
	await writeFile(file, screenToSvg(screen.terminal, {title}));
	console.log(`wrote ${fileURLToPath(file)}`);
}

async function quit(screen) {
	screen.press('q');
	const {exitCode} = await screen.exited;
	screen.dispose();
	if (exitCode !== 0) {
		throw new Error(`smtp-doctor exited with ${exitCode}`);
	}
}

/** Presses `key` until the selected Home row (❯) names `label`. */
async function moveToHomeItem(screen, label) {
	const selectedLine = (text) => text.split('\n').find((line) => line.includes('❯')) ?? '';
	for (let step = 0; step < 20; step++) {
		const selected = selectedLine(screen.text());
		if (selected.includes(label)) {
			return;
		}

		screen.press('\u001B[B');
		await screen.waitFor((text) => selectedLine(text) !== selected);
	}

	throw new Error(`no Home item "${label}"`);
}

await mkdir(media, {recursive: true});

// 1. The provider-like lab: the live table once every port has answered, then a port detail.
if (wants('lab')) {
	const screen = startScreen('node', [cli, '--lab'], {...size, cwd: root, env});
	await screen.waitFor(finished, 30_000);
	await screen.waitFor('Host smtp.lab.test - Port 465');
	await save('live-table.svg', screen, 'smtp-doctor --lab');
	// One burst, as a person typing fast: down, then Enter.
	screen.press('j\r');
	await screen.waitFor('Timeline');
	await save('port-detail.svg', screen, 'smtp-doctor --lab: port 465 detail');
	await quit(screen);
}

// The client picker on the provider-like lab: `c` on the finished run, then nodemailer's
// settings for the run's recommendation (the text `check --client nodemailer` prints).
if (wants('clients')) {
	const screen = startScreen('node', [cli, '--lab'], {...size, cwd: root, env});
	await screen.waitFor(finished, 30_000);
	screen.press('c');
	await screen.waitFor('Settings for your mail client or app');
	await save('client-picker.svg', screen, 'smtp-doctor --lab: c, the client picker');
	screen.press('\r');
	await screen.waitFor('createTransport');
	await save('client-settings.svg', screen, 'smtp-doctor --lab: nodemailer settings for this run');
	await quit(screen);
}

// The error decoder from Home: a pasted "wrong version number" and its ranked causes.
if (wants('explain')) {
	const screen = startScreen('node', [cli], {...size, cwd: root, env});
	await screen.waitFor('Custom host...', 15_000);
	await moveToHomeItem(screen, 'I have an error message...');
	screen.press('\r');
	await screen.waitFor('Paste the error');
	// One bracketed paste, as a terminal sends it.
	screen.press(
		'\u001B[200~Error: C0:4A:0B:00:error:0A00010B:SSL routines:ssl3_get_record:wrong version number\u001B[201~',
	);
	await screen.waitFor('wrong version number');
	screen.press('\r');
	await screen.waitFor('1. TLS at once');
	await save(
		'explain.svg',
		screen,
		'smtp-doctor: I have an error message... (wrong version number)',
	);
	await quit(screen);
}

// 2. The classic-mistakes lab, reached from Home like a user would.
if (wants('classic')) {
	const screen = startScreen('node', [cli], {...size, cwd: root, env});
	await screen.waitFor('Custom host...', 15_000);
	await moveToHomeItem(screen, 'Lab: classic mistakes');
	screen.press('\r');
	await screen.waitFor(finished, 30_000);
	await screen.waitFor('Host smtp.lab.test - Port 465');
	await save('classic-mistakes.svg', screen, 'smtp-doctor: Lab: classic mistakes');
	await quit(screen);
}

// 3. The provider list: grouped, filtered as you type.
if (wants('presets')) {
	const screen = startScreen('node', [cli], {...size, cwd: root, env});
	await screen.waitFor('Custom host...', 15_000);
	await moveToHomeItem(screen, 'More providers');
	screen.press('\r');
	await screen.waitFor('Search:');
	screen.press('mail');
	await screen.waitFor(
		(text) => text.includes('Search: mail') && text.includes('Mailbox providers'),
	);
	await save('preset-search.svg', screen, 'smtp-doctor: providers, filtered as you type');
	screen.press('\u0003');
	await screen.exited;
	screen.dispose();
}

// 4. An 8-port preset at 80x24: SMTP2GO's ports, served on a loopback address of their own.
if (wants('eight-ports')) {
	const address = '127.77.0.2';
	const day = 86_400_000;
	const ca = await generate([{name: 'commonName', value: 'smtp-doctor media CA'}], {
		keySize: 2048,
		algorithm: 'sha256',
		notBeforeDate: new Date(Date.now() - day),
		notAfterDate: new Date(Date.now() + 30 * day),
		extensions: [
			{name: 'basicConstraints', cA: true, critical: true},
			{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true},
		],
	});
	const leaf = await generate([{name: 'commonName', value: 'mail.smtp2go.test'}], {
		keySize: 2048,
		algorithm: 'sha256',
		notBeforeDate: new Date(Date.now() - day),
		notAfterDate: new Date(Date.now() + 30 * day),
		extensions: [
			{name: 'basicConstraints', cA: false},
			{name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
			{name: 'extKeyUsage', serverAuth: true},
			{name: 'subjectAltName', altNames: [{type: 7, ip: address}]},
		],
		ca: {key: ca.private, cert: ca.cert},
	});
	const directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-media-'));
	const caFile = path.join(directory, 'ca.pem');
	await writeFile(caFile, ca.cert);
	const servers = [];
	const tls = {key: leaf.private, cert: leaf.cert};
	// SMTP2GO's ports as its preset lists them; 25 and 80 stay closed (blocked on the way).
	for (const [port, secure] of [
		[465, true],
		[8465, true],
		[443, true],
		[587, false],
		[2525, false],
		[8025, false],
	]) {
		const server = new SMTPServer({
			...tls,
			secure,
			logger: false,
			disableReverseLookup: true,
			authOptional: true,
			banner: 'mail.smtp2go.test ESMTP',
		});
		server.on('error', () => undefined);
		await new Promise((resolve, reject) => {
			server.server.once('error', reject);
			server.listen(port, address, resolve);
		});
		servers.push(server);
	}

	try {
		const screen = startScreen('node', [cli, address, '--preset', 'smtp2go', '--ca', caFile], {
			...size,
			cwd: root,
			env,
		});
		await screen.waitFor(finished, 30_000);
		// Let the pane below the rows measure itself (its "↓ N more lines" row).
		await screen.waitFor(/more lines|Preset SMTP2GO/);
		await save('eight-ports.svg', screen, `smtp-doctor ${address} --preset smtp2go (80x24)`);
		await quit(screen);
	} finally {
		await Promise.all(
			servers.map(
				(server) =>
					new Promise((resolve) => {
						server.close(resolve);
					}),
			),
		);
		await rm(directory, {recursive: true, force: true});
	}
}

// 5. A practice exercise answered wrong: why not, the answer, and the two real probes.
async function practiceExercise() {
	const screen = startScreen('node', [cli, 'practice'], {...size, cwd: root, env});
	await screen.waitFor('1) Port 587 with STARTTLS', 15_000);
	screen.press('2');
	await screen.waitFor(/587 \(lab 127\.0\.0\.1:\d+, \d+ ms\): STARTTLS works/, 30_000);
	await save('practice.svg', screen, 'smtp-doctor practice: exercise 1, answered wrong');
	await quit(screen);
}

if (wants('practice')) {
	await practiceExercise();
}
