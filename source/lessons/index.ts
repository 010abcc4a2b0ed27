// Public API of the lessons: data lookup, the verdict map, layout helpers.

export {
	getLesson,
	getMyth,
	isLessonId,
	listLessons,
	listMyths,
	loadLessonTexts,
	type LessonShelf,
	type LessonTexts,
	type Myth,
} from './lessons.js';
export {
	lessonForVerdict,
	lessonSummary,
	mythsForVerdict,
	mythsOfVerdict,
	verdictLessons,
	verdictMyths,
} from './verdict-lessons.js';
export {mythIds, mythSources, type MythId, type MythText} from '../i18n/lessons/myths.js';
export {lessonDetailLines, wrapText} from './wrap.js';
export {lessonCatalogView, type LessonCatalogView, type LessonParagraphs} from './catalog-view.js';
export {lessonLayout, type LessonLine, type LessonLineKind} from './layout.js';
export {sources, sourceUrl, type SourceId} from '../i18n/lessons/sources.js';
export {
	lessonGroups,
	lessonIds,
	lessonIdsByGroup,
	type Lesson,
	type LessonGroup,
	type LessonId,
	type LessonSource,
} from '../i18n/lessons/types.js';
