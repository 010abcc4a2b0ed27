// The screens of the app and what each one needs, as data: the footer it shows, whether it
// takes printable keys as text, which catalogues it reads.
import type {MessageKey} from '../../i18n/translate.js';
import type {PracticeState} from '../screens/practice/practice-state.js';
import type {DiscoveryView, ProbeRequest} from './services.js';

/** One screen on the stack. */
export type Screen =
	| {readonly name: 'home'}
	| {readonly name: 'custom'}
	| {readonly name: 'find'}
	| {readonly name: 'discover'; readonly target: string; readonly view?: DiscoveryView}
	| {readonly name: 'providers'}
	| {readonly name: 'region'; readonly presetId: string}
	| {readonly name: 'learn'}
	| {readonly name: 'lesson'; readonly id: string}
	| {readonly name: 'probe'; readonly request: ProbeRequest}
	| {readonly name: 'detail'; readonly port: number}
	/** The client picker of the probe session below it (`c` on a finished run). */
	| {readonly name: 'clients'}
	/** One client's settings for that run. */
	| {readonly name: 'client'; readonly clientId: string}
	/** "I have an error message...": the text being typed, or (`text`) the one decoded. */
	| {readonly name: 'explain'; readonly draft?: string; readonly text?: string}
	/** The practice keeps its place here, so a lesson opened from it and Esc lose nothing. */
	| {readonly name: 'practice'; readonly state?: PracticeState};

export type ScreenName = Screen['name'];

/** What a screen needs from the app. */
export type ScreenTraits = {
	/** The key hints under it. */
	readonly footer: MessageKey;
	/** Printable keys are text (a form, a search): only Esc and Ctrl+C stay global. */
	readonly isTyping: boolean;
	/** Reads the provider catalogue. */
	readonly needsPresets: boolean;
	/** Reads the lessons (the list, a lesson, or "l" for the lesson of a verdict). */
	readonly needsLessons: boolean;
};

/** The footer of a screen; a discovery with no candidate (yet) has no "Enter probe". */
export function footerKey(entry: {readonly screen: Screen}): MessageKey {
	const {screen} = entry;
	if (screen.name === 'discover' && (screen.view?.result.candidates.length ?? 0) === 0) {
		return 'footer.discoverNone';
	}

	if (screen.name === 'explain' && screen.text !== undefined) {
		return 'footer.explained';
	}

	return screenTraits[screen.name].footer;
}

/** Printable keys are text on this screen (the decoder's answer is read, not typed). */
export function isTypingOn(entry: {readonly screen: Screen}): boolean {
	const {screen} = entry;
	return screen.name === 'explain' ? screen.text === undefined : screenTraits[screen.name].isTyping;
}

export const screenTraits: Readonly<Record<ScreenName, ScreenTraits>> = {
	home: {footer: 'footer.home', isTyping: false, needsPresets: true, needsLessons: false},
	custom: {footer: 'footer.custom', isTyping: true, needsPresets: false, needsLessons: false},
	find: {footer: 'footer.find', isTyping: true, needsPresets: false, needsLessons: false},
	discover: {footer: 'footer.discover', isTyping: false, needsPresets: false, needsLessons: false},
	providers: {footer: 'footer.providers', isTyping: true, needsPresets: true, needsLessons: false},
	region: {footer: 'footer.region', isTyping: false, needsPresets: true, needsLessons: false},
	learn: {footer: 'footer.learn', isTyping: false, needsPresets: false, needsLessons: true},
	lesson: {footer: 'footer.lesson', isTyping: false, needsPresets: false, needsLessons: true},
	probe: {footer: 'footer.probe', isTyping: false, needsPresets: false, needsLessons: true},
	detail: {footer: 'footer.detail', isTyping: false, needsPresets: false, needsLessons: true},
	practice: {footer: 'footer.practice', isTyping: false, needsPresets: false, needsLessons: false},
	clients: {footer: 'footer.clients', isTyping: false, needsPresets: false, needsLessons: true},
	client: {footer: 'footer.client', isTyping: false, needsPresets: false, needsLessons: true},
	explain: {footer: 'footer.explain', isTyping: true, needsPresets: false, needsLessons: false},
};
