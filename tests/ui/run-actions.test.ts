// The pure parts of the in-app actions: advice rewritten from flags to keys, the options
// screen's checks, what a re-run changed, host:port, and where a report may be written.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/translate.js';
import {describeVerdict} from '../../source/i18n/verdicts/index.js';
import {verdictCodes} from '../../source/engine/types.js';
import {makeVerdict} from '../../source/engine/verdict.js';
import {rowChanges} from '../../source/ui/hooks/use-run-changes.js';
import {flagHints, inAppAdvice, optionFieldIn} from '../../source/ui/probe/flag-hints.js';
import {checkOptions, optionFields} from '../../source/ui/probe/options-form.js';
import {NotAReportError, saveReport} from '../../source/ui/probe/report-file.js';
import type {RunSettings} from '../../source/ui/probe/run-settings.js';
import {checkDuration, splitHostPort} from '../../source/ui/screens/form-validation.js';

const en = createTranslator('en');
const id = createTranslator('id');

describe('advice in the app names keys, not flags', () => {
	it('"retry with --greeting-timeout 30s" becomes the options key', () => {
		expect(
			inAppAdvice('Some servers delay their greeting; retry with --greeting-timeout 30s.', en),
		).toBe('Some servers delay their greeting; retry with a greeting timeout of 30s (o: Options).');
		expect(inAppAdvice('retry with --greeting-timeout 30s.', id)).toBe(
			'retry with batas waktu greeting 30s (o: Opsi).',
		);
		expect(optionFieldIn('retry with --greeting-timeout 30s')).toBe('greeting');
		expect(optionFieldIn('pass its CA with --ca rather than disabling checks')).toBe('ca');
		expect(optionFieldIn('nothing to set here')).toBeUndefined();
	});

	it('no verdict advice, in either language, keeps a flag the app cannot set', () => {
		for (const translate of [en, id]) {
			for (const lang of ['en', 'id'] as const) {
				for (const code of verdictCodes) {
					// Every variant the advice functions pick from (the parameters that switch them).
					for (const params of [
						{},
						{tlsChecked: 'yes'},
						{during: 'tls'},
						{reason: 'not-encrypted'},
						{reason: 'old-tls'},
						{trustError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', chainLength: '1'},
						{offered: 'PLAIN XOAUTH2'},
					] as Array<Record<string, string>>) {
						const advice = describeVerdict(makeVerdict(code, params), lang).advice;
						expect(inAppAdvice(advice, translate), `${lang} ${code}`).not.toMatch(/--[a-z]/);
					}
				}
			}
		}
	});

	it('every field of the options screen is named by a flag hint, except none', () => {
		const fields = new Set(flagHints.flatMap((hint) => (hint.field ? [hint.field] : [])));
		for (const field of optionFields) {
			expect(fields.has(field.id), field.id).toBe(true);
		}
	});
});

describe('options screen checks', () => {
	const settings: RunSettings = {
		ports: [465, 587],
		mode: 'auto',
		timeouts: {connect: 5000, greeting: 10_000, command: 10_000, tls: 10_000},
		ehloName: 'client.test',
		allowPlaintext: false,
		allowInsecure: false,
	};
	const values = {
		ports: '465,587',
		mode: 'starttls',
		connect: '5s',
		greeting: '30s',
		command: '10000',
		tls: '1.5s',
		ca: '',
		servername: 'smtp.example.test',
		ehlo: '',
		allowPlaintext: 'yes',
		allowInsecure: 'no',
		mechanism: 'LOGIN',
	};

	it('turns the values into the settings of the next run', () => {
		expect(checkOptions(values, settings, en)).toEqual({
			settings: {
				ports: [465, 587],
				mode: 'starttls',
				timeouts: {connect: 5000, greeting: 30_000, command: 10_000, tls: 1500},
				servername: 'smtp.example.test',
				ehloName: 'client.test',
				allowPlaintext: true,
				allowInsecure: false,
				mechanism: 'LOGIN',
			},
		});
		expect(checkOptions({...values, ca: '/tmp/ca.pem'}, settings, en).caPath).toBe('/tmp/ca.pem');
	});

	it('names each bad field in one line', () => {
		const checked = checkOptions(
			{...values, ports: '70000', greeting: 'soon', servername: 'bad name'},
			settings,
			en,
		);
		expect(checked.errors).toEqual({
			ports: 'Port "70000" is not a number from 1 to 65535.',
			greeting: '"soon" is not a duration; type 30s or 500ms.',
			servername: 'A host name has no spaces, slashes, colons or @ (type only the server name).',
		});
	});

	it.each([
		['30s', 30_000],
		['500ms', 500],
		['2500', 2500],
		['1.5s', 1500],
	])('duration %s is %d ms', (raw, ms) => {
		expect(checkDuration(raw)).toEqual({value: ms});
	});

	it.each(['0', '601s', '-1s', 'ten'])('duration %s is refused', (raw) => {
		expect(checkDuration(raw).error).toEqual(expect.any(String));
	});
});

it('a re-run marks the rows whose status changed, and which way', () => {
	const before = new Map([
		[25, {word: 'FAIL', tone: 'fail' as const}],
		[465, {word: 'OK', tone: 'ok' as const}],
		[587, {word: 'OK', tone: 'ok' as const}],
	]);
	const changes = rowChanges(before, [
		{port: 25, isPending: false, status: {word: 'OK', tone: 'ok'}},
		{port: 465, isPending: false, status: {word: 'FAIL', tone: 'fail'}},
		{port: 587, isPending: false, status: {word: 'OK', tone: 'ok'}},
		{port: 2525, isPending: true, status: {word: 'WAIT', tone: 'pending'}},
	]);
	expect([...changes]).toEqual([
		[25, {was: 'FAIL', isBetter: true}],
		[465, {was: 'OK', isBetter: false}],
	]);
});

it.each([
	['smtp.example.com:587', {host: 'smtp.example.com', port: '587'}],
	['  smtp.example.com  ', {host: 'smtp.example.com'}],
	['[2001:db8::1]:465', {host: '2001:db8::1', port: '465'}],
	['2001:db8::1', {host: '2001:db8::1'}],
])('host field %j', (raw, split) => {
	expect(splitHostPort(raw)).toEqual(split);
});

describe('saving a report', () => {
	let directory = '';
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-save-'));
	});
	afterAll(async () => {
		await rm(directory, {recursive: true, force: true});
	});

	it('writes a new file in a folder, never over another', async () => {
		const file = await saveReport('# smtp-doctor: a\n', 'smtp.example.test', directory);
		expect(path.dirname(file)).toBe(directory);
		await expect(
			saveReport('# smtp-doctor: b\n', 'x', file.replace(/\.md$/, '-new.md')),
		).resolves.toMatch(/-new\.md$/);
	});

	it('replaces an earlier report, and refuses any other file', async () => {
		const earlier = path.join(directory, 'earlier.md');
		await writeFile(earlier, '# smtp-doctor: old run\n');
		await saveReport('# smtp-doctor: new run\n', 'x', earlier);
		expect(await readFile(earlier, 'utf8')).toBe('# smtp-doctor: new run\n');
		const notes = path.join(directory, 'notes.txt');
		await writeFile(notes, 'my notes\n');
		await expect(saveReport('# smtp-doctor: x\n', 'x', notes)).rejects.toBeInstanceOf(
			NotAReportError,
		);
		expect(await readFile(notes, 'utf8')).toBe('my notes\n');
	});
});
