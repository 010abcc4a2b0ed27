// The report saved with `s` in the lab names the lab's host and lists each standard port with
// the real loopback port behind it, as the table does.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {withHeaderLines} from '../../source/ui/probe/report-file.js';
import {appFixture} from './app-harness.js';
import {waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;

const fixture = appFixture();

describe('the lab report', () => {
	it('is titled with the lab host and lists display port -> real port', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-lab-report-'));
		const previous = process.cwd();
		process.chdir(directory);
		try {
			const app = await fixture.mount({
				initialRequest: {
					host: 'smtp.lab.test',
					ports: [25, 465, 587, 2525],
					lab: 'provider-like',
					title: 'Lab: a provider like Hostinger',
				},
			});
			const table = await waitForText(app.lastFrame, finished, 45_000);
			const mapping = [...table.matchAll(/(\d+) \((\d+)\)/g)].map(
				(match) => `${match[1]} -> ${match[2]}`,
			);
			expect(mapping).toHaveLength(4);
			app.stdin.write('s');
			await waitForText(app.lastFrame, 'Report saved to');
			const files = readdirSync(directory).filter((name) => name.endsWith('.md'));
			expect(files).toHaveLength(1);
			expect(files[0]).toContain('smtp.lab.test');
			const report = readFileSync(path.join(directory, files[0]!), 'utf8');
			expect(report.split('\n')[0]).toBe('# smtp-doctor: smtp.lab.test');
			expect(report).toContain(
				`- Lab: a provider like Hostinger (servers on 127.0.0.1; port -> real port: ${mapping.join(', ')})`,
			);
			expect(report).not.toMatch(/^# smtp-doctor: 127\.0\.0\.1/m);
		} finally {
			process.chdir(previous);
			rmSync(directory, {recursive: true, force: true});
		}
	});

	it('adds header lines after the facts list, and nothing when there are none', () => {
		const markdown = '# t\n\n- a\n- b\n\n| x |\n';
		expect(withHeaderLines(markdown, ['- c'])).toBe('# t\n\n- a\n- b\n- c\n\n| x |\n');
		expect(withHeaderLines(markdown, [])).toBe(markdown);
	});
});
