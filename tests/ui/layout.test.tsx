// Layout rules, each at 80x24 and 60x20, on frames of the real app against real loopback
// servers: what must stay on screen, what shrinks or scrolls, what each row says while it
// waits. Frames are checked line by line, never as whole snapshots.
import net from 'node:net';
import {describe, expect, it, vi} from 'vitest';
import {startLab} from '../../source/lab/lab.js';
import type {PresetChoice} from '../../source/ui/app/presets-default.js';
import {startTcpServer} from '../helpers/servers.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});
const fixture = appFixture();
const finished = /Use these settings|No port works/;
const runTimeoutMs = 45_000;
const sizes = [
	[80, 24],
	[60, 20],
] as const;

/** A preset with 8 ports (as SMTP2GO lists): the two labs' servers, all on 127.0.0.1. */
async function eightPortPreset(): Promise<PresetChoice> {
	const provider = fixture.track(await startLab('provider-like'));
	const classic = fixture.track(await startLab('classic-mistakes'));
	const ports = [...provider.ports, ...classic.ports].map((port) => port.realPort);
	return {
		id: 'eight',
		label: 'Eight ports',
		host: '127.0.0.1',
		ports,
		notOfferedPorts: [],
		authHint: 'your full address',
		// What the preset says of each port: the comparison panel under the advice.
		claims: ports.map((port, index) => ({
			port,
			encryption: index % 2 === 0 ? 'implicit-tls' : 'starttls',
			certainty: 'confirmed',
			isRecommended: index === 1,
		})),
	};
}

async function mountSized(
	columns: number,
	rows: number,
	options: Parameters<typeof fixture.mount>[0] = {},
): Promise<Harness> {
	const app = await fixture.mount({...options, columns});
	app.stdout.resize(columns, rows);
	return app;
}

/** Every line fits the width, and the frame leaves the terminal's last row free. */
function expectFits(frame: string, columns: number, rows: number): string[] {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThan(rows);
	for (const line of lines) {
		expect([...line].length, line).toBeLessThanOrEqual(columns);
	}

	return lines;
}

describe.each(sizes)('at %ix%i', (columns, rows) => {
	it('an 8-port preset keeps title, header and every row on screen; the rest scrolls', async () => {
		const preset = await eightPortPreset();
		const app = await mountSized(columns, rows, {presets: [preset]});
		await waitForText(app.lastFrame, '❯ Eight ports');
		app.stdin.write(keys.enter);
		const table = await waitForText(app.lastFrame, finished, runTimeoutMs);
		const lines = expectFits(table, columns, rows);
		expect(lines[0]).toMatch(/^Eight ports · 127\.0\.0\.1/);
		expect(lines[1]).toMatch(/^Started \d\d:\d\d:\d\d · took /);
		expect(lines.filter((line) => /^ {2}Port\s+Encryption\s+Status/.test(line))).toHaveLength(1);
		for (const port of preset.ports) {
			expect(
				lines.filter((line) => new RegExp(`^[› ] ${port}\\s`).test(line)),
				String(port),
			).toHaveLength(1);
		}

		// Below the rows: what did not fit is one key away.
		const cut = await waitForText(app.lastFrame, /↓ \d+ more lines \(PgDn/);
		const before = cut.split('\n').find((line) => line.startsWith('↓'));
		app.stdin.write(keys.pageDown);
		const scrolled = await waitForFrame(app.lastFrame, (frame) => frame !== cut);
		expectFits(scrolled, columns, rows);
		expect(scrolled.split('\n').find((line) => line.startsWith('↓'))).not.toBe(before);
		// The rows never move.
		for (const port of preset.ports) {
			expect(scrolled).toMatch(new RegExp(`^[› ] ${port}\\s`, 'm'));
		}
	});

	it('the selected row says all it means, wrapped, where the table cut it with …', async () => {
		const preset = await eightPortPreset();
		const app = await mountSized(columns, rows, {presets: [preset]});
		await waitForText(app.lastFrame, '❯ Eight ports');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, finished, runTimeoutMs);
		// Row 7: the classic lab's 587, AUTH in clear: several findings, longer than its cell.
		app.stdin.write('jjjjjj');
		const port = preset.ports[6]!;
		const frame = await waitForText(app.lastFrame, new RegExp(`^› ${port}`, 'm'));
		const row = frame.split('\n').find((line) => line.startsWith(`› ${port}`)) ?? '';
		expect(row).toContain('…');
		const start = frame.split('\n').findIndex((line) => line.startsWith(`${port}: `));
		expect(start).toBeGreaterThan(0);
		const below = frame.split('\n').slice(start).join(' ').replaceAll(/\s+/g, ' ');
		expect(below).toContain('Login offered without encryption · No STARTTLS');
		expectFits(frame, columns, rows);
	});

	it('a waiting row shows its phase counted against its timeout; the run line counts too', async () => {
		const open = new Set<net.Socket>();
		const tarpit = fixture.track(
			await startTcpServer((socket) => {
				open.add(socket);
			}),
		);
		const app = await mountSized(columns, rows, {
			initialRequest: {host: '127.0.0.1', ports: [tarpit.port], title: 'Tarpit'},
			appOptions: {timeouts: {connect: 2000, greeting: 10_000, command: 2000, tls: 2000}},
		});
		const frame = await waitForText(app.lastFrame, /waiting for greeting \d+\/10 s/);
		expect(frame).toMatch(/^Started \d\d:\d\d:\d\d · running for \d+ s/m);
		expectFits(frame, columns, rows);
		await waitForText(app.lastFrame, /waiting for greeting [1-9]\/10 s/);
	});

	it('lists show "↓ N more" when cut', async () => {
		const app = await mountSized(columns, rows);
		await waitForText(app.lastFrame, 'Custom host...');
		app.stdin.write('7');
		// The providers list (Home may be cut too, with a "↓ N more" of its own).
		const list = await waitForText(app.lastFrame, /Search:[^]*↓ \d+ more/);
		expectFits(list, columns, rows);
	});

	it('key hints are whole hints within the width, none ending in a bare key', async () => {
		const app = await mountSized(columns, rows, {
			initialRequest: {host: 'smtp.lab.test', ports: [465], lab: 'provider-like', title: 'Lab'},
		});
		const frame = await waitForText(app.lastFrame, finished, runTimeoutMs);
		const footer = frame.trimEnd().split('\n').at(-1) ?? '';
		expect([...footer].length).toBeLessThanOrEqual(columns);
		expect(footer).toMatch(/^↑↓ move · Enter details/);
		for (const hint of footer.split(' · ')) {
			expect(hint, footer).toMatch(/^\S+ \S/);
		}
	});

	it('the help fits, its key list scrolling', async () => {
		const app = await mountSized(columns, rows);
		await waitForText(app.lastFrame, 'Custom host...');
		app.stdin.write('?');
		const help = await waitForText(app.lastFrame, 'Press ? or Esc to close.');
		expectFits(help, columns, rows);
	});
});
