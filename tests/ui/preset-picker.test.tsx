// The searchable, grouped provider list (real catalogue), regions, and the "preset says ...,
// server agrees" panel against the lab's real loopback servers.
import {describe, expect, it, vi} from 'vitest';
import {startLab} from '../../source/lab/lab.js';
import {presetSchema} from '../../source/presets/schema.js';
import {presetCatalogView} from '../../source/ui/app/create-services.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});

const fixture = appFixture();

async function openProviders(app: Harness): Promise<void> {
	await waitForText(app.lastFrame, 'Custom host...');
	for (let step = 0; step < 20; step++) {
		const frame = await waitForText(app.lastFrame, '❯');
		if (frame.split('\n').some((line) => line.startsWith('❯') && line.includes('More providers'))) {
			app.stdin.write(keys.enter);
			await waitForText(app.lastFrame, 'Search:');
			return;
		}

		app.stdin.write(keys.down);
		await waitForFrame(app.lastFrame, (next) => next !== frame);
	}

	throw new Error('No "More providers..." item');
}

/** Backspace one character at a time (each key edits the value the last frame showed). */
async function eraseQuery(app: Harness, query: string, count = query.length): Promise<void> {
	for (let index = 1; index <= count; index++) {
		app.stdin.write(keys.backspace);
		const left = query.slice(0, query.length - index);
		await waitForFrame(app.lastFrame, (frame) =>
			frame
				.split('\n')
				.some(
					(line) =>
						line.trimEnd() === `Search: ${left}`.trimEnd() ||
						(left === '' && line.startsWith('Search: name or host')),
				),
		);
	}
}

describe('provider list', () => {
	it('is grouped and filters as you type; a preset with regions asks for the region', async () => {
		const app = await fixture.mount();
		await openProviders(app);
		const all = await waitForText(app.lastFrame, 'Mailbox providers');
		expect(all).toContain('❯ Hostinger Email');

		app.stdin.write('send');
		const sending = await waitForText(app.lastFrame, /Search: send[\s\S]*SendGrid/);
		expect(sending).toContain('Sending services');
		expect(sending).not.toContain('Mailbox providers');
		expect(sending).not.toContain('Hostinger');

		await eraseQuery(app, 'send');

		await waitForText(app.lastFrame, 'Mailbox providers');
		app.stdin.write('zoho');
		const zoho = await waitForFrame(
			app.lastFrame,
			(frame) => frame.includes('Search: zoho') && frame.includes('❯ Zoho'),
		);
		expect(zoho).toMatch(/Zoho.*\d regions/);
		app.stdin.write('qqq');
		await waitForText(app.lastFrame, 'No provider matches "zohoqqq"');
		expect(app.exitCodes).toEqual([]);
		await eraseQuery(app, 'zohoqqq', 3);

		await waitForText(app.lastFrame, '❯ Zoho');
		app.stdin.write(keys.enter);
		const regions = await waitForText(app.lastFrame, 'which region');
		expect(regions).toContain('Europe (smtp.zoho.eu)');
		app.stdin.write(keys.down);
		await waitForText(app.lastFrame, /❯ Europe/);
		app.stdin.write(keys.enter);
		const probe = await waitForText(app.lastFrame, 'Preset Zoho');
		expect(probe).toContain('Zoho Mail (Europe)');
		expect(probe).toContain('smtp.zoho.eu');
	});
});

describe('preset agreement', () => {
	it('says where the server agrees with the preset, where not, and what is unconfirmed', async () => {
		const lab = fixture.track(await startLab('provider-like'));
		const [closed, implicit, starttls] = lab.ports.map((port) => port.realPort) as [
			number,
			number,
			number,
		];
		const preset = presetSchema.parse({
			id: 'loopback-mail',
			name: 'Loopback Mail',
			group: 'custom',
			host: '127.0.0.1',
			ports: [
				{port: implicit, encryption: 'implicit-tls'},
				{port: starttls, encryption: 'implicit-tls'},
				{port: closed, encryption: 'starttls', certainty: 'unconfirmed'},
			],
			recommendedPort: implicit,
			unconfirmed: ['whether port 2525 is offered'],
		});
		const view = await presetCatalogView([preset]);
		const app = await fixture.mount({
			catalog: {
				...view,
				choices: view.choices.map((choice) => ({
					...choice,
					ports: [closed, implicit, starttls],
					notOfferedPorts: [],
				})),
			},
		});
		await waitForText(app.lastFrame, '❯ Loopback Mail');
		app.stdin.write(keys.enter);
		// The preset panel is the last part of the screen to be laid out.
		const table = await waitForFrame(
			app.lastFrame,
			(frame) =>
				frame.includes('server agrees ✓') && frame.includes('Unconfirmed: whether port 2525'),
			30_000,
		);
		expect(table).toContain('Preset Loopback Mail says:');
		expect(table).toMatch(new RegExp(`${implicit} SSL/TLS \\(recommended\\): server agrees ✓`));
		expect(table).toMatch(new RegExp(`${starttls} SSL/TLS: server speaks STARTTLS ✗`));
		expect(table).toMatch(new RegExp(`${closed} STARTTLS \\(unconfirmed\\): not known yet`));
		expect(table).toContain('Unconfirmed: whether port 2525 is offered');
	});
});
