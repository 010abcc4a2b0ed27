import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Terminal size. */
export type TerminalSize = {readonly columns: number; readonly rows: number};

function read(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/** Width and height from `useStdout().stdout`, updated on its 'resize' event (tests can fake both). */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => {
			setSize(read(stdout));
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
