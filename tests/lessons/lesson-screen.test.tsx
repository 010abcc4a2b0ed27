// The complete bilingual lessons inside the TUI: every lesson at 80 columns without cut words or
// overflow, opening lessons from Learn, and verdict -> lesson from a real probe on loopback.
import net from 'node:net';
import {render} from '../helpers/render.js';
import {afterEach, describe, expect, it} from 'vitest';
import {probeHost} from '../../source/engine/index.js';
import {languages, type Lang} from '../../source/config/lang.js';
import {getLesson, lessonCatalogView, lessonIds} from '../../source/lessons/index.js';
import {LanguageProvider} from '../../source/i18n/language-context.js';
import {App} from '../../source/ui/app/app.js';
import {LessonScreen, lessonLines} from '../../source/ui/screens/lesson-screen.js';
import type {AppServices} from '../../source/ui/app/services.js';
import {createTheme, ThemeContext} from '../../source/ui/theme.js';
import {catalogues, describeVerdict, lessonTexts} from '../helpers/catalogue.js';
import {simplePresetCatalog} from '../../source/ui/app/presets-default.js';
import {keys, plain, tick, waitForText} from '../ui/ui-helpers.js';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('each lesson on the lesson screen at 80 columns', () => {
	for (const lang of languages) {
		it(`renders every ${lang} lesson whole: no line over 80 columns, no word cut or lost`, async () => {
			const view = await lessonCatalogView(catalogues[lang]);
			for (const lesson of view.lessons) {
				const lines = lessonLines(lesson, 80);
				const {lastFrame, unmount} = render(
					<ThemeContext.Provider value={createTheme(false)}>
						<LessonScreen lines={lines} offset={0} height={lines.length} width={80} />
					</ThemeContext.Provider>,
				);
				const frame = plain(lastFrame());
				unmount();
				for (const line of frame.split('\n')) {
					expect([...line].length, `${lang}:${lesson.id}: ${line}`).toBeLessThanOrEqual(80);
				}

				expect(frame, `${lang}:${lesson.id}`).not.toContain('…');
				expect(words(frame), `${lang}:${lesson.id}`).toEqual(
					words([lesson.title, ...lesson.paragraphs].join(' ')),
				);
			}
		});
	}
});

type Harness = {
	readonly services: AppServices;
	readonly settle: () => Promise<void>;
};

function harness(lang: Lang): Harness {
	const pending: Array<Promise<unknown>> = [];
	const services: AppServices = {
		probeHost,
		startLab: async () => Promise.reject(new Error('no lab in this test')),
		loadLessons: async () => lessonCatalogView(catalogues[lang]),
		loadPresets: async () => Promise.resolve(simplePresetCatalog([])),
		formatReport: () => '',
		mergePortRun: async (whole) => Promise.resolve(whole),
		formatPlain: () => '',
		baseOptions: {
			mode: 'auto',
			timeouts: {connect: 3000, greeting: 3000, command: 3000, tls: 3000},
			ehloName: 'lessons.test',
			family: 4,
		},
	};
	return {
		services,
		async settle() {
			await Promise.allSettled(pending);
		},
	};
}

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) {
		await step();
	}

	cleanup = [];
});

function renderApp(lang: Lang, initialRequest?: Parameters<typeof App>[0]['initialRequest']) {
	const {services, settle} = harness(lang);
	const instance = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<LanguageProvider initialCatalogue={catalogues[lang]}>
				<App
					services={services}
					tracker={{add() {}}}
					initialRequest={initialRequest}
					onExit={() => {}}
				/>
			</LanguageProvider>
		</ThemeContext.Provider>,
	);
	// An 80x24 terminal, as the issue asks.
	Object.defineProperty(instance.stdout, 'columns', {value: 80, configurable: true});
	Object.defineProperty(instance.stdout, 'rows', {value: 24, configurable: true});
	instance.stdout.emit('resize');
	cleanup.push(async () => {
		instance.unmount();
		await settle();
	});
	return instance;
}

/** A loopback port with nothing listening: connecting gets a reset (ECONNREFUSED). */
async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as net.AddressInfo;
	await new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
	});
	return port;
}

describe('lessons in the app', () => {
	it('opens a lesson from Learn in Indonesian and goes back', async () => {
		const {lastFrame, stdin} = renderApp('id');
		// The whole app speaks the catalogue's language, Home included.
		await waitForText(lastFrame, 'Host lain...');
		await tick();
		// Home without presets: Find my settings, Custom host, Local lab, Lab: classic mistakes,
		// I have an error message, Practice, Learn, Quit. One key at a time, waiting for the
		// highlight to move, as a user would.
		for (const item of [
			'Host lain',
			'Lab lokal',
			'Lab: kesalahan klasik',
			'Saya punya pesan galat',
			'Latihan',
			'Belajar',
		]) {
			stdin.write(keys.down);

			await waitForText(lastFrame, `❯ ${item}`);
			// The list re-subscribes its key handler after each move; let that effect run.

			await tick();
		}

		stdin.write(keys.enter);
		const list = await waitForText(lastFrame, getLesson('ssl', lessonTexts['id']).title);
		expect(list).toContain(getLesson('port-465', lessonTexts['id']).title);
		await tick();
		stdin.write(keys.enter);
		const lesson = await waitForText(lastFrame, getLesson('ssl', lessonTexts['id']).answer);
		expect(lesson).toContain('SSL: nama lama untuk TLS');
		for (const line of lesson.split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}

		stdin.write(keys.escape);
		await waitForText(lastFrame, getLesson('port-465', lessonTexts['id']).title);
	});

	for (const lang of languages) {
		it(`opens the lesson behind a real verdict with l (${lang})`, async () => {
			const port = await closedPort();
			const {lastFrame, stdin} = renderApp(lang, {host: '127.0.0.1', ports: [port]});
			const lesson = getLesson('connection-errors', lessonTexts[lang]);
			const refusedTitle = describeVerdict(
				{code: 'connection-refused', severity: 'fail', params: {port}},
				lang,
			).title;
			await waitForText(lastFrame, refusedTitle);
			await tick();
			stdin.write('l');
			const frame = plain(await waitForText(lastFrame, lesson.title));
			expect(frame).toContain(lesson.answer);
		});
	}
});

describe('every lesson id is reachable from the catalogue the app reads', () => {
	it('lists all lessons, in order, in both languages', async () => {
		for (const lang of languages) {
			expect(
				(await lessonCatalogView(catalogues[lang])).lessons.map((lesson) => lesson.id),
			).toEqual([...lessonIds]);
		}
	});
});
