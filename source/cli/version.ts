// The version is injected at build time (scripts/build.mjs defines SMTP_DOCTOR_VERSION from
// package.json), so the bundle never reads package.json at startup. Tests that import the
// sources directly see the development fallback.
declare const SMTP_DOCTOR_VERSION: string | undefined;

/** This build's version, e.g. "0.1.0" ("0.0.0-dev" when run from sources). */
export const version: string =
	typeof SMTP_DOCTOR_VERSION === 'string' ? SMTP_DOCTOR_VERSION : '0.0.0-dev';
