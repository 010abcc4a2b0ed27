import {Box, Text} from 'ink';
import type {PaneLine} from './detail-lines.js';
import {useLanguage} from '../../i18n/language-context.js';
import {ScrollPane} from '../widgets/scroll-pane.js';
import {useTheme} from '../theme.js';

export type PortDetailProps = {
	readonly port: number;
	readonly realPort?: number;
	readonly host: string;
	readonly lines: readonly PaneLine[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
};

/** Port detail: verdict, phase timeline, TLS and certificate, EHLO, transcript, scrollable. */
export function PortDetail({port, realPort, host, lines, offset, height, width}: PortDetailProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('detail.title', {port, host})}
				{realPort === undefined ? '' : ` ${t('lab.realPort', {port: realPort})}`}
			</Text>
			<ScrollPane lines={lines} offset={offset} height={height} width={width} />
		</Box>
	);
}
