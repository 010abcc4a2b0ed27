import {Box, Text} from 'ink';
import type {AdviceView} from './view-model.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

export type AdvicePanelProps = {
	readonly advice: AdviceView;
	readonly width: number;
};

/** Under the table: what to type into the mail client, or the likely cause and next step. */
export function AdvicePanel({advice, width}: AdvicePanelProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	if (advice.kind === 'waiting') {
		return (
			<Box width={width}>
				<Text color={theme.color('muted')}>{t('probe.waiting')}</Text>
			</Box>
		);
	}

	if (advice.kind === 'cancelled') {
		return (
			<Box width={width}>
				<Text color={theme.color('muted')}>{t('probe.stopped')}</Text>
			</Box>
		);
	}

	if (advice.kind === 'settings') {
		return (
			<Box flexDirection="column" width={width}>
				<Text color={theme.color('ok')} bold>
					{t('recommendation.title')}
				</Text>
				<Text>{advice.line}</Text>
				{advice.note && <Text color={theme.color('warn')}>{advice.note}</Text>}
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text color={theme.color('fail')} bold>
				{t('recommendation.noPortWorks')}
			</Text>
			<Text>{advice.cause}</Text>
			<Text>
				<Text bold>{t('recommendation.nextStep')} </Text>
				{advice.nextStep}
			</Text>
		</Box>
	);
}
