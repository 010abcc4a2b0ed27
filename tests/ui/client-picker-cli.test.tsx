// The app's client picker and `check --client` say the same for the same run: the snippet
// the app sends with `y` for the recommended setting is the text the BUILT
// CLI prints in `clientSettings` for the provider-like lab. Needs `npm run build`.
import {describe, expect, it, vi} from 'vitest';
import {runCli} from '../cli/cli-helpers.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 90_000});
const fixture = appFixture();
const finished = /Use these settings|No port works/;

type JsonSettings = {client: string; choice: string; port: number; text: string};

/** The texts of the OSC 52 sequences written since frame `from`. */
function sentTexts(app: Harness, from: number): string[] {
	return [
		...app.frames
			.slice(from)
			.join('')
			.matchAll(/\u001B\]52;c;([A-Za-z\d+/=]*)\u0007/g),
	].map((match) => Buffer.from(match[1] ?? '', 'base64').toString('utf8'));
}

async function sendShown(app: Harness): Promise<string> {
	const from = app.frames.length;
	app.stdin.write('y');
	await waitForFrame(app.lastFrame, () => sentTexts(app, from).length === 1);
	return sentTexts(app, from)[0]!;
}

describe('the client picker and check --client', () => {
	for (const client of ['nodemailer', 'msmtp'] as const) {
		it(`send the same ${client} text for the provider-like lab`, async () => {
			const run = await runCli(['check', '--lab', '--client', client, '--json']);
			const cli = (JSON.parse(run.stdout) as {clientSettings: JsonSettings[]}).clientSettings;
			expect(cli.map((item) => item.choice)).toEqual(['recommended', 'runner-up']);

			const app = await fixture.mount({
				initialRequest: {
					host: 'smtp.lab.test',
					ports: [25, 465, 587, 2525],
					lab: 'provider-like',
					title: 'Lab',
				},
				columns: 100,
			});
			await waitForText(app.lastFrame, finished, 45_000);
			app.stdin.write('c');
			await waitForText(app.lastFrame, '❯ nodemailer');
			if (client === 'msmtp') {
				for (let step = 0; step < 20; step++) {
					const frame = await waitForText(app.lastFrame, '❯');
					if (/❯ msmtp/.test(frame)) {
						break;
					}

					app.stdin.write(keys.down);
					await waitForFrame(app.lastFrame, (next) => next !== frame);
				}
			}

			app.stdin.write(keys.enter);
			await waitForText(app.lastFrame, '(recommended)');
			expect(await sendShown(app)).toBe(cli[0]!.text);
		});
	}
});
