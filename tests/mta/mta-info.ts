// What global-setup.ts hands to the tests (through vitest's provide/inject).

/** The running test MTA, from scripts/ci/mta.sh's mta.env. Holds no secret: only the password's file. */
export type MtaInfo = {
	readonly address: string;
	readonly ca: string;
	readonly user: string;
	readonly passwordFile: string;
	readonly postfixConfig: string;
	readonly postfixLog: string;
	readonly dovecotLog: string;
	readonly postscreenPort: number;
	/** True when this tier started the MTA (so postscreen has never seen 127.0.0.1). */
	readonly isFresh: boolean;
};

declare module 'vitest' {
	export interface ProvidedContext {
		mta: MtaInfo;
	}
}
