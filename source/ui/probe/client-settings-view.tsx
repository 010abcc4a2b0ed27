// The keys and state of one client's settings screen: Tab between the recommended setting
// and the runner-up, ↑↓ to scroll, `y` to send the shown snippet to the clipboard.
import {Text, useInput} from 'ink';
import {useState} from 'react';
import type {ClientSettings} from '../../clients/index.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useScroll} from '../hooks/use-scroll.js';
import {useTheme} from '../theme.js';
import type {Multiplexer} from './clipboard.js';
import {ClientSnippet, snippetHeaderRows, snippetLines} from './client-snippet.js';
import {useClipboard} from './use-clipboard.js';

export type ClientSettingsViewProps = {
	/** The recommended setting first, then the runner-up; undefined when nothing encrypted works. */
	readonly list: readonly ClientSettings[] | undefined;
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
	readonly multiplexer?: Multiplexer;
	/** Checked against what would be sent (never sent when found). */
	readonly secret?: string;
	readonly user?: string;
	readonly onMessage: (message: string | undefined) => void;
};

/** One client's settings with its keys (see the top of this file). */
export function ClientSettingsView({
	list,
	isActive,
	width,
	height,
	multiplexer,
	secret,
	user,
	onMessage,
}: ClientSettingsViewProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const [choice, setChoice] = useState(0);
	const settings = list?.[choice] ?? list?.[0];
	const other = list && list.length > 1 ? list[choice === 0 ? 1 : 0] : undefined;
	const lines = settings ? snippetLines(settings, width, t) : [];
	// The scrolled part, less its "↓ N more" row.
	const paneHeight = Math.max(
		3,
		height - (settings ? snippetHeaderRows(settings, width, t) : 2) - 1,
	);
	const offset = useScroll(lines.length, paneHeight, isActive);
	const copy = useClipboard({
		...(multiplexer ? {multiplexer} : {}),
		...(secret === undefined ? {} : {secret}),
		...(user === undefined ? {} : {user}),
	});
	useInput(
		(input, key) => {
			if (key.tab && other) {
				setChoice((current) => (current === 0 ? 1 : 0));
			} else if (input === 'y' && settings) {
				const result = copy(settings.text);
				onMessage(t(result.key, result.params));
			}
		},
		{isActive},
	);
	if (!settings) {
		return <Text color={theme.color('warn')}>{t('clients.none')}</Text>;
	}

	return (
		<ClientSnippet
			key={choice}
			settings={settings}
			other={other}
			lines={lines}
			offset={offset}
			height={paneHeight}
			width={width}
		/>
	);
}
