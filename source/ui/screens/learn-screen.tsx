import {Box, Text} from 'ink';
import {SelectList} from '../widgets/select-list.js';
import type {LessonView} from '../app/lesson-types.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

export type LessonListProps = {
	readonly lessons: readonly LessonView[];
	readonly isFocused: boolean;
	readonly limit: number;
	readonly onOpen: (id: string) => void;
};

/** Learn: the list of lessons. */
export function LessonList({lessons, isFocused, limit, onOpen}: LessonListProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('learn.title')}
			</Text>
			<Box marginTop={1}>
				<SelectList
					items={lessons.map((lesson) => ({key: lesson.id, label: lesson.title, value: lesson.id}))}
					isFocused={isFocused}
					limit={limit}
					onSelect={(item) => {
						onOpen(item.value);
					}}
				/>
			</Box>
		</Box>
	);
}
