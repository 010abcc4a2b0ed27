// `c` on a finished run: which mail client or app the user has, as a list (ink-select-input
// through widgets/list.tsx). Choosing one opens its settings (client-snippet.tsx).
//
//   Settings for your mail client or app
//   From this run: port 465, SSL/TLS. Pick your client:
//   ❯ nodemailer (Node.js) · JavaScript (ES module)
//     PHPMailer · PHP
//   ↓ 14 more
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {clientCatalogue} from '../../clients/index.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';
import {List, type ListItem} from '../widgets/list.js';

export type ClientPickerProps = {
	/** The run's recommended setting, as the advice words it. */
	readonly port: number;
	readonly encryptionLabel: string;
	readonly isFocused: boolean;
	/** Rows the screen may use. */
	readonly height: number;
	readonly initialIndex: number;
	readonly onHighlight: (index: number) => void;
	readonly onChoose: (clientId: string) => void;
};

/** Rows above the list: title and subtitle. */
const headerRows = 2;

/** The client list (see the top of this file). */
export function ClientPicker({
	port,
	encryptionLabel,
	isFocused,
	height,
	initialIndex,
	onHighlight,
	onChoose,
}: ClientPickerProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const items = useMemo<Array<ListItem<string>>>(
		() =>
			clientCatalogue.map((entry) => ({
				key: entry.id,
				label: `${entry.name} · ${entry.format}`,
				value: entry.id,
			})),
		[],
	);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('clients.title')}
			</Text>
			<Text color={theme.color('muted')} wrap="truncate-end">
				{t('clients.subtitle', {port, encryption: encryptionLabel})}
			</Text>
			<List
				items={items}
				isFocused={isFocused}
				// The "↓ N more" row is the list's own.
				limit={Math.max(3, height - headerRows - 1)}
				initialIndex={initialIndex}
				onHighlight={onHighlight}
				onSelect={(item) => {
					onChoose(item.value);
				}}
			/>
		</Box>
	);
}
