// Terminals reflow the old frame when their width changes, so Ink's "erase the lines I drew"
// misses some and stale copies of the header stay above the live frame (80 -> 60 -> 120 -> 80).
import {useStdout} from 'ink';
import {useEffect} from 'react';

/** Clears the whole screen and homes the cursor. */
export const clearScreen = '\u001B[2J\u001B[H';

/**
 * On every 'resize' of stdout, clear the screen once and draw the frame again. Ink's
 * `write` erases its frame, writes the data, then redraws the last frame: the frame comes
 * back even when the new size renders the same output (Ink skips unchanged frames).
 */
export function useClearOnResize(): void {
	const {stdout, write} = useStdout();
	useEffect(() => {
		const onResize = () => {
			write(clearScreen);
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, write]);
}

/** Mount next to the app: clears the screen on resize (see `useClearOnResize`). */
export function ClearOnResize(): undefined {
	useClearOnResize();
	return undefined;
}
