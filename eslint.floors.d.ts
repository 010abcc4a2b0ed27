import type {Linter} from 'eslint';

/** What each top folder of source/ may import (besides itself and npm packages). */
export const floors: Readonly<Record<string, readonly string[]>>;
/** ESLint config blocks that forbid each folder's imports of the folders above it. */
export function floorRules(): Linter.Config[];
