import {Box, Text} from 'ink';
import type {LessonView} from '../app/lesson-types.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useKeyHold} from '../hooks/use-key-stream.js';
import {useTheme} from '../theme.js';
import {List} from '../widgets/list.js';

export type LessonListProps = {
	/** Undefined while the lessons load. */
	readonly lessons?: readonly LessonView[];
	readonly isFocused: boolean;
	readonly limit: number;
	/** Where the cursor starts (back from a lesson: on that lesson). */
	readonly initialIndex?: number;
	readonly onHighlight?: (index: number) => void;
	readonly onOpen: (id: string) => void;
};

/** Learn: the list of lessons. */
export function LessonList({
	lessons,
	isFocused,
	limit,
	initialIndex,
	onHighlight,
	onOpen,
}: LessonListProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	// Keys typed while the lessons load move in the list once it is there.
	useKeyHold(isFocused && lessons === undefined);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('learn.title')}
			</Text>
			<Box marginTop={1}>
				{lessons === undefined ? (
					<Text color={theme.color('muted')}>{t('probe.loadingLesson')}</Text>
				) : (
					<List
						items={lessons.map((lesson) => ({
							key: lesson.id,
							label: lesson.title,
							value: lesson.id,
						}))}
						isFocused={isFocused}
						limit={limit}
						initialIndex={initialIndex}
						onHighlight={onHighlight}
						onSelect={(item) => {
							onOpen(item.value);
						}}
					/>
				)}
			</Box>
		</Box>
	);
}
