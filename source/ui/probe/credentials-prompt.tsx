// Masked password prompt for the TUI's login step. Presentational: the parent decides when
// it is shown and what happens with the secret; the secret is never rendered.
//
//   Log in to smtp.example.com as alice@example.com
//   Password: ********   (always eight: the length is not shown)
//   Enter to log in · Esc to go back
import {Box, Text, useInput, useStdin} from 'ink';
import {TextField} from '../widgets/text-field.js';
import {useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

/** Props of `CredentialsPrompt`. */
export type CredentialsPromptProps = {
	readonly user: string;
	readonly host: string;
	/** XOAUTH2 asks for an access token rather than a password. */
	readonly mechanism?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
	readonly isActive?: boolean;
	readonly onSubmit: (secret: string) => void;
	readonly onCancel?: () => void;
};

/** Masked secret entry: a fixed-width mask, whatever the length. */
export function CredentialsPrompt({
	user,
	host,
	mechanism,
	isActive = true,
	onSubmit,
	onCancel,
}: CredentialsPromptProps) {
	const [secret, setSecret] = useState('');
	const [isEmptyHintShown, setIsEmptyHintShown] = useState(false);
	const {isRawModeSupported} = useStdin();
	const isInputActive = isActive && isRawModeSupported;
	const theme = useTheme();
	const {t} = useLanguage();
	const isToken = mechanism === 'XOAUTH2';
	const label = t(isToken ? 'prompt.token' : 'prompt.password');

	useInput(
		(_input, key) => {
			if (key.escape) {
				setSecret('');
				onCancel?.();
			}
		},
		{isActive: isInputActive},
	);

	const submit = (value: string) => {
		if (value.length === 0) {
			setIsEmptyHintShown(true);
			return;
		}

		setSecret('');
		onSubmit(value);
	};

	return (
		<Box flexDirection="column">
			<Text>
				{t('prompt.logInTo')} <Text bold>{host}</Text> {t('prompt.as')} <Text bold>{user}</Text>
			</Text>
			<Box>
				<Text>{label}: </Text>
				<TextField
					value={secret}
					isSecret
					isFocused={isInputActive}
					onChange={(value) => {
						setIsEmptyHintShown(false);
						setSecret(value);
					}}
					onSubmit={submit}
				/>
			</Box>
			{isEmptyHintShown ? (
				<Text color={theme.color('warn')}>
					{t(isToken ? 'prompt.emptyToken' : 'prompt.emptyPassword')}
				</Text>
			) : null}
			<Text dimColor>{t(onCancel ? 'prompt.secretHintBack' : 'prompt.secretHint')}</Text>
		</Box>
	);
}
