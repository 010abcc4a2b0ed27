import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useTheme} from './theme.js';
import type {CustomHostFormState} from './hooks/use-custom-host-form.js';

export type CustomHostFormProps = {
	readonly form: CustomHostFormState;
	readonly isFocused: boolean;
};

function Field({
	label,
	value,
	error,
	isFocused,
	placeholder,
	onChange,
	onSubmit,
}: {
	readonly label: string;
	readonly value: string;
	readonly error?: string;
	readonly isFocused: boolean;
	readonly placeholder: string;
	readonly onChange: (value: string) => void;
	readonly onSubmit: () => void;
}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Box>
				<Box width={8}>
					<Text bold={isFocused} color={isFocused ? theme.color('accent') : undefined}>
						{isFocused ? '› ' : '  '}
						{label}
					</Text>
				</Box>
				<TextInput
					value={value}
					focus={isFocused}
					placeholder={placeholder}
					onChange={onChange}
					onSubmit={onSubmit}
				/>
			</Box>
			{error !== undefined && (
				<Text color={theme.color('fail')}>
					{'        ✘ '}
					{error}
				</Text>
			)}
		</Box>
	);
}

/** Host and ports, validated on every keystroke before anything is probed. */
export function CustomHostForm({form, isFocused}: CustomHostFormProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				Custom host
			</Text>
			<Box marginBottom={1}>
				<Text color={theme.color('muted')}>
					Enter or Tab: next field · Enter on Ports: start · Esc: back
				</Text>
			</Box>
			<Field
				label="Host"
				value={form.host}
				error={form.hostError}
				isFocused={isFocused && form.focus === 'host'}
				placeholder="smtp.example.com"
				onChange={form.setHost}
				onSubmit={form.submitField}
			/>
			<Field
				label="Ports"
				value={form.ports}
				error={form.portsError}
				isFocused={isFocused && form.focus === 'ports'}
				placeholder="25,465,587,2525"
				onChange={form.setPorts}
				onSubmit={form.submitField}
			/>
		</Box>
	);
}
