// Runs a command in a real pseudo-terminal (node-pty) and keeps an emulated screen of it
// (@xterm/headless), for the end-to-end test, the media script and the startup benchmark.
import process from 'node:process';
import pty from 'node-pty';
import xterm from '@xterm/headless';

const {Terminal} = xterm;

/**
 * Starts `file args` in a pty of `cols` x `rows`.
 * @param {string} file
 * @param {readonly string[]} args
 * @param {{cols?: number, rows?: number, env?: Record<string, string | undefined>, cwd?: string}} [options]
 */
export function startScreen(file, args, options = {}) {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	const env = {...process.env, TERM: 'xterm-256color', COLORTERM: 'truecolor', ...options.env};
	delete env.NO_COLOR;
	delete env.CI;
	if (options.env?.NO_COLOR) {
		env.NO_COLOR = options.env.NO_COLOR;
	}

	const child = pty.spawn(file, [...args], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env: /** @type {Record<string, string>} */ (env),
	});
	let raw = '';
	/** @type {Array<() => void>} */
	let listeners = [];
	let pending = Promise.resolve();
	child.onData((data) => {
		raw += data;
		pending = new Promise((resolve) => {
			terminal.write(data, resolve);
		});
		for (const listener of listeners) {
			listener();
		}
	});
	/** @type {Promise<{exitCode: number, signal?: number}>} */
	const exited = new Promise((resolve) => {
		child.onExit((event) => {
			resolve(event);
		});
	});

	/** The screen as plain text lines (trailing spaces trimmed). */
	function text() {
		const buffer = terminal.buffer.active;
		const lines = [];
		for (let y = 0; y < rows; y++) {
			lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	}

	/**
	 * Resolves once the screen matches; rejects after `timeoutMs` with the screen in the message.
	 * @param {string | RegExp | ((screen: string) => boolean)} expected
	 */
	async function waitFor(expected, timeoutMs = 15_000) {
		const matches = (/** @type {string} */ screen) =>
			typeof expected === 'string'
				? screen.includes(expected)
				: expected instanceof RegExp
					? expected.test(screen)
					: expected(screen);
		const started = Date.now();
		for (;;) {
			await pending;
			const screen = text();
			if (matches(screen)) {
				return screen;
			}

			if (Date.now() - started > timeoutMs) {
				throw new Error(`Timed out waiting for ${String(expected)}. Screen:\n${screen}`);
			}

			await new Promise((resolve) => {
				const done = () => {
					clearTimeout(timer);
					listeners = listeners.filter((item) => item !== done);
					resolve(undefined);
				};

				const timer = setTimeout(done, 50);
				listeners.push(done);
			});
		}
	}

	return {
		terminal,
		child,
		exited,
		text,
		waitFor,
		/** Everything the program wrote, escape sequences included. */
		raw: () => raw,
		/** @param {string} data */
		press(data) {
			child.write(data);
		},
		/** Ends the pty, returning once the xterm buffer has everything. */
		async settle() {
			await pending;
		},
		dispose() {
			try {
				child.kill();
			} catch {}

			terminal.dispose();
		},
	};
}

const ansiPalette = [
	'#1d1f21',
	'#cc6666',
	'#8fbf5a',
	'#e6c15a',
	'#81a2be',
	'#b294bb',
	'#70c0b1',
	'#c5c8c6',
	'#6f7375',
	'#ff7b7b',
	'#b5e07a',
	'#f0d67a',
	'#a2c4e0',
	'#d2b4dc',
	'#8fe0d2',
	'#ffffff',
];

function paletteColor(index) {
	if (index < 16) {
		return ansiPalette[index];
	}

	if (index < 232) {
		const value = index - 16;
		const steps = [0, 95, 135, 175, 215, 255];
		const r = steps[Math.floor(value / 36)];
		const g = steps[Math.floor(value / 6) % 6];
		const b = steps[value % 6];
		return `rgb(${r},${g},${b})`;
	}

	const grey = 8 + (index - 232) * 10;
	return `rgb(${grey},${grey},${grey})`;
}

function escapeXml(text) {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Renders the current screen of an xterm Terminal to an SVG with its colours, one <text> per
 * run of cells sharing a style. Nothing is drawn by hand: this is the emulator's buffer.
 * @param {InstanceType<typeof Terminal>} terminal
 * @param {{title?: string}} [options]
 */
export function screenToSvg(terminal, options = {}) {
	const cellWidth = 8.4;
	const cellHeight = 18;
	const padding = 14;
	const top = options.title ? 34 : padding;
	const {cols, rows} = terminal;
	const width = Math.ceil(cols * cellWidth + padding * 2);
	const height = Math.ceil(rows * cellHeight + top + padding);
	const background = '#1d1f21';
	const foreground = '#c5c8c6';
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">`,
		`<rect width="100%" height="100%" rx="8" fill="${background}"/>`,
	];
	if (options.title) {
		parts.push(
			`<circle cx="20" cy="17" r="6" fill="#ff5f56"/><circle cx="40" cy="17" r="6" fill="#ffbd2e"/><circle cx="60" cy="17" r="6" fill="#27c93f"/>`,
			`<text x="${width / 2}" y="22" fill="#8a8f94" text-anchor="middle" font-size="13">${escapeXml(options.title)}</text>`,
		);
	}

	const buffer = terminal.buffer.active;
	const cell = buffer.getNullCell();
	for (let y = 0; y < rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		if (!line) {
			continue;
		}

		let x = 0;
		while (x < cols) {
			line.getCell(x, cell);
			const style = cellStyle(cell, foreground, background);
			let text = '';
			const start = x;
			while (x < cols) {
				line.getCell(x, cell);
				const next = cellStyle(cell, foreground, background);
				if (next.key !== style.key) {
					break;
				}

				const chars = cell.getChars();
				text += chars === '' ? (cell.getWidth() === 0 ? '' : ' ') : chars;
				x += 1;
			}

			const baseline = top + y * cellHeight + cellHeight * 0.75;
			if (style.background !== background) {
				parts.push(
					`<rect x="${(padding + start * cellWidth).toFixed(1)}" y="${top + y * cellHeight}" width="${((x - start) * cellWidth).toFixed(1)}" height="${cellHeight}" fill="${style.background}"/>`,
				);
			}

			if (text.trim() !== '') {
				parts.push(
					`<text x="${(padding + start * cellWidth).toFixed(1)}" y="${baseline.toFixed(1)}" fill="${style.color}"${style.isBold ? ' font-weight="bold"' : ''}${style.isUnderline ? ' text-decoration="underline"' : ''} xml:space="preserve" textLength="${(text.length * cellWidth).toFixed(1)}" lengthAdjust="spacingAndGlyphs">${escapeXml(text)}</text>`,
				);
			}
		}
	}

	parts.push('</svg>');
	return `${parts.join('\n')}\n`;
}

function cellColor(isDefault, isPalette, isRgb, value, fallback) {
	if (isDefault) {
		return fallback;
	}

	if (isPalette) {
		return paletteColor(value);
	}

	if (isRgb) {
		return `#${value.toString(16).padStart(6, '0')}`;
	}

	return fallback;
}

function cellStyle(cell, foreground, background) {
	let color = cellColor(
		cell.isFgDefault(),
		cell.isFgPalette(),
		cell.isFgRGB(),
		cell.getFgColor(),
		foreground,
	);
	let back = cellColor(
		cell.isBgDefault(),
		cell.isBgPalette(),
		cell.isBgRGB(),
		cell.getBgColor(),
		background,
	);
	if (cell.isInverse()) {
		[color, back] = [back, color];
	}

	if (cell.isDim()) {
		color = '#8a8f94';
	}

	const isBold = Boolean(cell.isBold());
	const isUnderline = Boolean(cell.isUnderline());
	return {
		color,
		background: back,
		isBold,
		isUnderline,
		key: `${color}|${back}|${isBold}|${isUnderline}`,
	};
}
