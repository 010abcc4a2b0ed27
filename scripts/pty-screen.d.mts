import type {IPty} from 'node-pty';
import type {Terminal} from '@xterm/headless';

export type Screen = {
	readonly terminal: Terminal;
	readonly child: IPty;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
	text(): string;
	waitFor(
		expected: string | RegExp | ((screen: string) => boolean),
		timeoutMs?: number,
	): Promise<string>;
	raw(): string;
	press(data: string): void;
	settle(): Promise<void>;
	dispose(): void;
};

export function startScreen(
	file: string,
	args: readonly string[],
	options?: {cols?: number; rows?: number; env?: Record<string, string | undefined>; cwd?: string},
): Screen;

export function screenToSvg(terminal: Terminal, options?: {title?: string}): string;
