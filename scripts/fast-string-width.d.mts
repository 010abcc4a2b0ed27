// Types for fast-string-width.mjs (an esbuild plugin; tests build with it).
import type {Plugin} from 'esbuild';

export const fastStringWidth: Plugin;
