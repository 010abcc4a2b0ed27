// `y` in a client's settings: the snippet goes to the terminal's clipboard as an OSC 52
// sequence, written to the stdout Ink draws on (the escape moves no cursor, so the frame
// stays where Ink left it). What comes back is what to tell the user: OSC 52 has no answer,
// so "sent", never "copied".
import {useStdout} from 'ink';
import {useCallback} from 'react';
import {secretForms} from '../../engine/redact.js';
import type {MessageKey, MessageParams} from '../../i18n/translate.js';
import {clipboardSequence, maxClipboardBase64, type Multiplexer} from './clipboard.js';

/**
 * Secrets shorter than this are left to the snippets' construction (they hold none): a
 * three-letter password is in any text by chance, and refusing every copy protects nothing.
 */
const minCheckedSecret = 4;

/** A function that sends `text` and says what happened, as a message key and its params. */
export function useClipboard(options: {
	readonly multiplexer?: Multiplexer;
	readonly secret?: string;
	readonly user?: string;
}): (text: string) => {readonly key: MessageKey; readonly params?: MessageParams} {
	const {stdout} = useStdout();
	const {multiplexer, secret, user} = options;
	return useCallback(
		(text: string) => {
			const secrets =
				secret !== undefined && secret.length >= minCheckedSecret ? secretForms(secret, user) : [];
			const result = clipboardSequence(text, {
				...(multiplexer ? {multiplexer} : {}),
				secrets,
			});
			switch (result.kind) {
				case 'has-secret': {
					return {key: 'clients.hasSecret'};
				}

				case 'too-large': {
					return {
						key: 'clients.tooLarge',
						params: {
							size: Math.ceil(result.base64Length / 1000),
							max: Math.floor(maxClipboardBase64 / 1000),
						},
					};
				}

				case 'sequence': {
					stdout.write(result.sequence);
					return {key: 'clients.copied'};
				}
			}
		},
		[stdout, multiplexer, secret, user],
	);
}
