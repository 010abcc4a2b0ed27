// Masked password prompt for the TUI's login step. Presentational: the parent decides when
// it is shown and what happens with the secret; the secret is never rendered.
//
//   Log in to smtp.example.com as alice@example.com
//   Password: ********   (always eight: the length is not shown)
//   Enter to log in · Esc to go back
import {Box, Text, useInput, useStdin} from 'ink';
import {TextField} from '../widgets/text-field.js';
import {useState} from 'react';
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
	const label = mechanism === 'XOAUTH2' ? 'Access token' : 'Password';

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
				Log in to <Text bold>{host}</Text> as <Text bold>{user}</Text>
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
				<Text color={theme.color('warn')}>Type the {label.toLowerCase()} first.</Text>
			) : null}
			<Text dimColor>
				Enter to log in{onCancel ? ' · Esc to go back' : ''} · nothing you type is shown or stored
			</Text>
		</Box>
	);
}
