import {Box, Text} from 'ink';
import type {AdviceView} from './view-model.js';
import {useTheme} from './theme.js';

export type AdvicePanelProps = {
	readonly advice: AdviceView;
	readonly width: number;
};

/** Under the table: what to type into the mail client, or the likely cause and next step. */
export function AdvicePanel({advice, width}: AdvicePanelProps) {
	const theme = useTheme();
	if (advice.kind === 'waiting') {
		return (
			<Box width={width}>
				<Text color={theme.color('muted')}>
					Probing... the table fills in as each port answers.
				</Text>
			</Box>
		);
	}

	if (advice.kind === 'cancelled') {
		return (
			<Box width={width}>
				<Text color={theme.color('muted')}>
					Run stopped before every port finished. Press r to run again.
				</Text>
			</Box>
		);
	}

	if (advice.kind === 'settings') {
		return (
			<Box flexDirection="column" width={width}>
				<Text color={theme.color('ok')} bold>
					Use these settings in your mail client:
				</Text>
				<Text>{advice.line}</Text>
				{advice.note && <Text color={theme.color('warn')}>{advice.note}</Text>}
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text color={theme.color('fail')} bold>
				No port works. Most likely cause:
			</Text>
			<Text>{advice.cause}</Text>
			<Text>
				<Text bold>Next step: </Text>
				{advice.nextStep}
			</Text>
		</Box>
	);
}
