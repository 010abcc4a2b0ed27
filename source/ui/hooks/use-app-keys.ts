import {useInput} from 'ink';

export type AppKeyHandlers = {
	/** The text form is focused: printable keys belong to it, only Esc and Ctrl+C stay global. */
	readonly isTyping: boolean;
	readonly isActive: boolean;
	readonly onQuit: (code: number) => void;
	readonly onBack: () => void;
	readonly onToggleHelp: () => void;
	readonly onToggleLanguage: () => void;
};

/** The keys that work on every screen: q, Ctrl+C, ?, L, Esc and Backspace. */
export function useAppKeys({
	isTyping,
	isActive,
	onQuit,
	onBack,
	onToggleHelp,
	onToggleLanguage,
}: AppKeyHandlers) {
	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') {
				onQuit(130);
				return;
			}

			if (key.escape) {
				onBack();
				return;
			}

			if (isTyping) {
				return;
			}

			if (key.backspace || key.delete) {
				onBack();
			} else if (input === 'q') {
				onQuit(0);
			} else if (input === '?') {
				onToggleHelp();
			} else if (input === 'L') {
				onToggleLanguage();
			}
		},
		{isActive},
	);
}
