import {Box} from 'ink';
import type {PaneLine} from '../probe/detail-lines.js';
import type {LessonView} from '../app/lesson-types.js';
import {ScrollPane} from '../widgets/scroll-pane.js';
import {wordWrap} from '../widgets/word-wrap.js';

/** A lesson as pane lines wrapped to `width`: title, then paragraphs separated by blank lines. */
export function lessonLines(lesson: LessonView, width: number): PaneLine[] {
	const lines: PaneLine[] = [{text: lesson.title, isHeading: true, tone: 'accent'}];
	for (const paragraph of lesson.paragraphs) {
		lines.push({text: ''}, ...wordWrap(paragraph, width).map((text) => ({text})));
	}

	return lines;
}

export type LessonScreenProps = {
	readonly lines: readonly PaneLine[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
};

/** One lesson, scrollable. */
export function LessonScreen({lines, offset, height, width}: LessonScreenProps) {
	return (
		<Box flexDirection="column">
			<ScrollPane lines={lines} offset={offset} height={height} width={width} />
		</Box>
	);
}
