// ink-testing-library's render, with the app's real input boundary: what a test writes goes
// through the key stream (source/ui/app/key-stream.ts) exactly as a terminal's reads do, so
// a burst written at once ("jj\r") reaches the widgets one key at a time, as in the app.
import {EventEmitter} from 'node:events';
import {render as inkRender} from 'ink';
import type {ReactElement} from 'react';
import {KeyStream} from '../../source/ui/app/key-stream.js';
import {KeyStreamContext} from '../../source/ui/hooks/use-key-stream.js';

/** A fake terminal output: every frame Ink wrote, and the size tests may change. */
export class FakeStdout extends EventEmitter {
	columns = 100;
	rows = 24;
	readonly frames: string[] = [];
	private last: string | undefined;

	write = (frame: string) => {
		this.frames.push(frame);
		this.last = frame;
		return true;
	};

	lastFrame = () => this.last;

	/** Changes the size and tells the app, as a terminal's SIGWINCH does. */
	resize(columns: number, rows = this.rows): void {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

/** A fake terminal input: each `write` is one read of the terminal (one burst). */
export class FakeTerminalInput extends EventEmitter {
	readonly isTTY = true;
	isRaw = false;

	write(data: string): void {
		this.emit('data', data);
	}

	setRawMode(isEnabled: boolean): void {
		this.isRaw = isEnabled;
	}
}

export type Rendered = {
	readonly stdout: FakeStdout;
	readonly stderr: FakeStdout;
	/** Writes reach the app through the key stream. */
	readonly stdin: FakeTerminalInput;
	readonly keys: KeyStream;
	readonly frames: string[];
	readonly lastFrame: () => string | undefined;
	readonly rerender: (tree: ReactElement) => void;
	readonly unmount: () => void;
};

const mounted = new Set<Rendered>();

/** Renders `tree` like ink-testing-library, input through the key stream. */
export function render(tree: ReactElement, options: {readonly columns?: number} = {}): Rendered {
	const stdout = new FakeStdout();
	if (options.columns !== undefined) {
		stdout.columns = options.columns;
	}

	const stderr = new FakeStdout();
	const stdin = new FakeTerminalInput();
	const keys = new KeyStream(stdin);
	const wrap = (element: ReactElement) => (
		<KeyStreamContext.Provider value={keys}>{element}</KeyStreamContext.Provider>
	);
	const instance = inkRender(wrap(tree), {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		stdin: keys as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const rendered: Rendered = {
		stdout,
		stderr,
		stdin,
		keys,
		frames: stdout.frames,
		lastFrame: stdout.lastFrame,
		rerender(next) {
			instance.rerender(wrap(next));
		},
		unmount() {
			if (!mounted.delete(rendered)) {
				return;
			}

			instance.unmount();
			instance.cleanup();
			keys.close();
		},
	};
	mounted.add(rendered);
	return rendered;
}

/** Unmounts everything still mounted (for an afterEach). */
export function cleanup(): void {
	for (const rendered of mounted) {
		rendered.unmount();
	}
}
