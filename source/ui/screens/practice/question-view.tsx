// One exercise's question: the situation in a user's words, the question, and the answers as
// the app's list (ink-select-input: arrows or j/k and Enter, or the answer's number).
import {Box, Text} from 'ink';
import type {ExerciseView} from '../../../practice/view.js';
import {useTheme} from '../../theme.js';
import {List} from '../../widgets/list.js';

export type QuestionViewProps = {
	readonly view: ExerciseView;
	readonly isFocused: boolean;
	readonly onAnswer: (choiceId: string) => void;
	/** While the probe runs: the answer given, and the line that says so. */
	readonly chosen?: {readonly label: string; readonly status: string};
};

/** The situation, the question and the choices (or, while probing, the choice made). */
export function QuestionView({view, isFocused, onAnswer, chosen}: QuestionViewProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text>{view.situation}</Text>
			<Box marginTop={1}>
				<Text bold>{view.question}</Text>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{chosen ? (
					<>
						<Text color={theme.color('accent')}>{`❯ ${chosen.label}`}</Text>
						<Box marginTop={1}>
							<Text color={theme.color('pending')}>{chosen.status}</Text>
						</Box>
					</>
				) : (
					<List
						items={view.choices.map((choice, index) => ({
							key: choice.id,
							label: `${index + 1}) ${choice.label}`,
							value: choice.id,
						}))}
						isFocused={isFocused}
						onSelect={(item) => {
							onAnswer(item.value);
						}}
					/>
				)}
			</Box>
		</Box>
	);
}
