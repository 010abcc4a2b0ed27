import {Box, Text, useInput} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {LanguageProvider, nextLang, useLanguage} from '../../source/i18n/language-context.js';
import type {Lang} from '../../source/config/lang.js';
import {getLesson} from '../../source/lessons/index.js';
import {catalogues, lessonTexts} from '../helpers/catalogue.js';
import {plain, tick, waitForText} from '../ui/ui-helpers.js';

/** A tiny screen: a help line, a lesson title, and L to switch language, as the app will do. */
function Screen() {
	const {lang, t, toggleLang} = useLanguage();
	useInput((input) => {
		if (input === 'L') {
			toggleLang();
		}
	});
	return (
		<Box flexDirection="column">
			<Text>{`${t('help.title')}: L ${t('help.language')}`}</Text>
			<Text>{getLesson('port-465', lessonTexts[lang]).title}</Text>
			<Text>{t('detail.title', {host: 'smtp.example.com', port: 465})}</Text>
		</Box>
	);
}

describe('LanguageProvider', () => {
	it('switches every string and lesson between English and Indonesian with L', async () => {
		const changes: Lang[] = [];
		const {lastFrame, stdin, unmount} = render(
			<LanguageProvider initialCatalogue={catalogues.en} onChange={(lang) => changes.push(lang)}>
				<Screen />
			</LanguageProvider>,
		);
		await waitForText(lastFrame, 'Keys: L switch language');
		expect(plain(lastFrame())).toContain('Port 465: implicit TLS submission');
		await tick();
		stdin.write('L');
		const indonesian = await waitForText(lastFrame, 'Tombol: L ganti bahasa');
		expect(indonesian).toContain('Port 465: submission dengan implicit TLS');
		expect(indonesian).toContain('Port 465 di smtp.example.com');
		await tick();
		stdin.write('L');
		await waitForText(lastFrame, 'Keys: L switch language');
		expect(changes).toEqual(['id', 'en']);
		unmount();
	});

	it('starts in the language it is given, and English without a provider', () => {
		const inIndonesian = render(
			<LanguageProvider initialCatalogue={catalogues.id}>
				<Screen />
			</LanguageProvider>,
		);
		expect(plain(inIndonesian.lastFrame())).toContain('Tombol');
		inIndonesian.unmount();
		const bare = render(<Screen />);
		expect(plain(bare.lastFrame())).toContain('Keys');
		bare.unmount();
	});

	it('cycles en -> id -> en', () => {
		expect(nextLang('en')).toBe('id');
		expect(nextLang('id')).toBe('en');
	});
});
