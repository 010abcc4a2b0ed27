import chalk from 'chalk';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {PortsTable, tableColumns} from '../../source/ui/probe/ports-table.js';
import {createTheme, ThemeContext} from '../../source/ui/theme.js';
import type {PortRowView} from '../../source/ui/probe/view-model.js';
import {plain} from './ui-helpers.js';

const rows: PortRowView[] = [
	{
		port: 25,
		encryption: '-',
		status: {symbol: '✖', word: 'FAIL', tone: 'fail'},
		isPending: false,
		time: '2 ms',
		meaning: 'Connection refused',
	},
	{
		port: 465,
		encryption: 'SSL/TLS',
		status: {symbol: '✔', word: 'OK', tone: 'ok'},
		isPending: false,
		time: '41 ms',
		meaning: 'Implicit TLS works and the certificate is valid',
	},
	{
		port: 587,
		encryption: '-',
		status: {symbol: '…', word: 'WAIT', tone: 'pending'},
		isPending: true,
		time: '',
		meaning: 'connecting...',
	},
];

function frameAt(width: number, hasColor = false): string {
	const {lastFrame, unmount} = render(
		<ThemeContext.Provider value={createTheme(hasColor)}>
			<PortsTable rows={rows} selectedIndex={1} width={width} hasRealPorts={false} />
		</ThemeContext.Provider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

describe('PortsTable', () => {
	it('shows every column with a symbol and a word per status at 80 columns', () => {
		const frame = plain(frameAt(80));
		expect(frame).toMatch(/Port\s+Encryption {2,}Status\s+Time\s+What it means/);
		expect(frame).toMatch(/25\s+-\s+✖ FAIL\s+2 ms\s+Connection refused/);
		expect(frame).toMatch(/› 465\s+SSL\/TLS\s+✔ OK\s+41 ms/);
		expect(frame).toMatch(/587\s+-\s+\S+ WAIT\s+connecting\.\.\./);
		for (const line of frame.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(80);
		}
	});

	it('drops Time below 80 columns and Encryption below 60, never wrapping', () => {
		const narrow = plain(frameAt(70));
		expect(narrow).not.toContain('Time');
		expect(narrow).toContain('Encryption');
		const tiny = plain(frameAt(50));
		expect(tiny).not.toContain('Encryption');
		expect(tiny).toMatch(/465\s+✔ OK/);
		for (const frame of [narrow, tiny]) {
			expect(frame.split('\n')).toHaveLength(4);
		}

		expect(tableColumns(100, true).port).toBeGreaterThan(tableColumns(100, false).port);
	});

	it('keeps columns aligned and rows on one line when a meaning is too long', () => {
		const long: PortRowView[] = rows.map((row, index) => ({
			...row,
			realPort: 40_000 + index,
			meaning: `${row.meaning} · ${'a very long explanation '.repeat(4)}`,
		}));
		const {lastFrame, unmount} = render(
			<ThemeContext.Provider value={createTheme(false)}>
				<PortsTable rows={long} selectedIndex={0} width={80} hasRealPorts />
			</ThemeContext.Provider>,
		);
		const lines = plain(lastFrame()).split('\n');
		unmount();
		expect(lines).toHaveLength(4);
		const statusColumn = lines[0]!.indexOf('Status');
		for (const line of lines.slice(1)) {
			expect(line.length).toBeLessThanOrEqual(80);
			expect(line).toMatch(/…$/);
			expect(line.slice(statusColumn)).toMatch(/^\S+ (FAIL|OK|WAIT)/);
		}
	});

	it('colours by severity only when colour is on (NO_COLOR gives none)', () => {
		const level = chalk.level;
		chalk.level = 1;
		try {
			expect(frameAt(80, true)).toMatch(/\u001B\[32m✔ OK/);
			expect(frameAt(80, true)).toMatch(/\u001B\[31m✖ FAIL/);
			expect(frameAt(80, false)).not.toMatch(/\u001B\[3\dm/);
		} finally {
			chalk.level = level;
		}
	});
});
