// Short labels shared by every front end, in the words mail clients use (Thunderbird: None /
// STARTTLS / SSL/TLS), so what the tool says matches what the user types into settings.
import type {DetectedEncryption, EncryptionMode, Phase} from '../engine/types.js';

/** Encryption as a mail client's settings screen calls it. */
export function encryptionLabel(encryption: DetectedEncryption | EncryptionMode): string {
	switch (encryption) {
		case 'implicit-tls': {
			return 'SSL/TLS';
		}

		case 'starttls': {
			return 'STARTTLS';
		}

		case 'none': {
			return 'NONE';
		}

		case 'auto': {
			return 'AUTO';
		}

		case 'unknown': {
			return '?';
		}
	}
}

const phaseLabels: Readonly<Record<Phase, string>> = {
	resolve: 'resolving',
	connect: 'connecting',
	tls: 'TLS handshake',
	greeting: 'waiting for greeting',
	ehlo: 'EHLO',
	helo: 'HELO',
	starttls: 'STARTTLS',
	auth: 'logging in',
	mail: 'sending test',
	quit: 'closing',
};

/** What a running phase is doing, as a short present-tense label ("connecting"). */
export function phaseLabel(phase: Phase): string {
	return phaseLabels[phase];
}

/** A duration for a table cell: "340 ms" below a second, else "5.0 s". */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) {
		return '-';
	}

	if (ms < 1000) {
		return `${Math.round(ms)} ms`;
	}

	return `${(ms / 1000).toFixed(1)} s`;
}
