// Command-line parsing on node:util parseArgs, driven by the flag table in flags.ts.
//
// Why not meow (the scaffold's pick): bundled, meow and its dependencies (yargs-parser,
// normalize-package-data, read-package-up, ...) are ~127 KiB of minified code evaluated at every
// start; measured here, `node meow-only.js` takes ~1.6 x `node -e 0`, which alone breaks the
// start-up target (< 1.5 x bare Node, bench/startup.mjs). parseArgs is built into Node and
// free at start-up. Same conventions as meow: kebab-case flags become camelCase keys, boolean
// flags accept `--no-NAME`, short flags from the table.
import {parseArgs} from 'node:util';
import {escapeAndClip} from '../report/escape.js';
import {flagDefinitions, flagSpelling, type FlagDefinition, type ParsedFlags} from './flags.js';
import {UsageError} from '../config/usage-error.js';

/** Positional arguments and flags. */
export type ParsedArguments = {
	readonly input: readonly string[];
	readonly flags: ParsedFlags;
};

type Option = {type: 'string' | 'boolean'; short?: string};

const kebab = (key: string): string => flagSpelling(key).replace(/^--?/, '');

const definitions = flagDefinitions as Record<string, FlagDefinition>;

/** parseArgs option name -> [flag key, value a bare boolean flag sets]. */
const byOptionName = new Map<string, readonly [string, boolean]>();
const parseOptions: Record<string, Option> = {};
for (const [key, definition] of Object.entries(definitions)) {
	const name = kebab(key);
	parseOptions[name] = {
		type: definition.type,
		...(definition.shortFlag ? {short: definition.shortFlag} : {}),
	};
	byOptionName.set(name, [key, true]);
	if (definition.type === 'boolean') {
		parseOptions[`no-${name}`] = {type: 'boolean'};
		byOptionName.set(`no-${name}`, [key, false]);
	}
}

/** Parses argv (without node and script). Throws a one-line UsageError on any mistake. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
	const {tokens} = parseArgs({
		args: [...argv],
		options: parseOptions,
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	const input: string[] = [];
	const flags: Record<string, string | boolean> = {};
	for (const token of tokens) {
		if (token.kind === 'positional') {
			input.push(token.value);
			continue;
		}

		if (token.kind !== 'option') {
			continue;
		}

		const shown = escapeAndClip(token.rawName, 40);
		const known = byOptionName.get(token.name);
		if (!known) {
			throw new UsageError(`Unknown flag ${shown} (see --help)`);
		}

		const [key, bareValue] = known;
		const definition = definitions[key]!;
		if (definition.type === 'boolean') {
			if (token.value !== undefined) {
				throw new UsageError(`${shown} does not take a value`);
			}

			flags[key] = bareValue;
			continue;
		}

		const {value} = token;
		if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
			throw new UsageError(`${flagSpelling(key)} needs a value`);
		}

		if (key in flags) {
			throw new UsageError(`${flagSpelling(key)} can only be set once`);
		}

		flags[key] = value;
	}

	return {input, flags: flags};
}
