// Confirmation step before the opt-in test message: nothing is sent without a "y".
//
//   A test message will be sent:
//     From:    alice@example.com
//     To:      bob@example.org
//     Subject: smtp-doctor test message
//     Server:  smtp.example.com port 465
//   Send? [y/N]
import {Box, Text, useInput, useStdin} from 'ink';
import type {SendDetails} from '../../report/send-details.js';

/** Props of `SendConfirm`. */
export type SendConfirmProps = {
	readonly details: SendDetails;
	readonly isActive?: boolean;
	readonly onConfirm: () => void;
	readonly onCancel: () => void;
};

const rows = [
	['From', 'from'],
	['To', 'to'],
	['Subject', 'subject'],
	['Server', 'server'],
] as const;

/** Shows From, To, Subject and server; "y" sends, anything else ("n", Enter, Esc) cancels. */
export function SendConfirm({details, isActive = true, onConfirm, onCancel}: SendConfirmProps) {
	const {isRawModeSupported} = useStdin();

	useInput(
		(input, key) => {
			if (input === 'y' || input === 'Y') {
				onConfirm();
			} else if (input === 'n' || input === 'N' || key.return || key.escape) {
				onCancel();
			}
		},
		{isActive: isActive && isRawModeSupported},
	);

	return (
		<Box flexDirection="column">
			<Text>A test message will be sent:</Text>
			{rows.map(([label, key]) => (
				<Box key={key}>
					<Box width={10} flexShrink={0}>
						<Text dimColor>{label}:</Text>
					</Box>
					<Text>{details[key]}</Text>
				</Box>
			))}
			<Text>
				Send? <Text bold>[y/N]</Text>
			</Text>
		</Box>
	);
}
