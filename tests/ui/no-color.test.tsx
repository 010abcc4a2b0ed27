// Colours come only from theme.ts: with the colourless theme (NO_COLOR) nothing on screen is
// coloured, not the list cursor (ink-select-input draws it blue by itself), not a placeholder.
import chalk from 'chalk';
import {Box} from 'ink';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {HomeScreen} from '../../source/ui/screens/home-screen.js';
import {CredentialsPrompt} from '../../source/ui/probe/credentials-prompt.js';
import {createTheme, ThemeContext} from '../../source/ui/theme.js';
import {TextField} from '../../source/ui/widgets/text-field.js';
import {cleanup, render} from '../helpers/render.js';
import {waitFor} from '../helpers/wait-for.js';

// Foreground or background colour codes (bold, dim and inverse are not colours).
const colourCode = /\u001B\[(?:3[0-79]|4[0-79]|9[0-7]|10[0-7]|38;|48;)[\d;]*m/;
const presets = [{id: 'p', label: 'Provider', host: 'smtp.example'}];
let level: typeof chalk.level;

beforeAll(() => {
	// Ink colours through chalk; make it colour even though tests have no terminal.
	level = chalk.level;
	chalk.level = 3;
});
afterAll(() => {
	chalk.level = level;
	cleanup();
});

function Screens() {
	return (
		<Box flexDirection="column">
			<HomeScreen presets={presets} isFocused limit={10} onChoose={() => undefined} />
			<TextField
				isFocused={false}
				value=""
				placeholder="smtp.example.com"
				onChange={() => undefined}
			/>
			<CredentialsPrompt user="u" host="h" onSubmit={() => undefined} />
		</Box>
	);
}

for (const hasColor of [false, true]) {
	it(`${hasColor ? 'colours' : 'no colour at all'} with the ${hasColor ? 'coloured' : 'colourless'} theme`, async () => {
		const app = render(
			<ThemeContext.Provider value={createTheme(hasColor)}>
				<Screens />
			</ThemeContext.Provider>,
		);
		const frame = await waitFor(() => {
			const last = app.lastFrame() ?? '';
			return last.includes('Provider') ? last : undefined;
		});
		if (hasColor) {
			expect(frame).toMatch(colourCode);
		} else {
			expect(frame).not.toMatch(colourCode);
		}

		app.unmount();
	});
}
