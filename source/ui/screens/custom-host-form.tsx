import {Box, Text} from 'ink';
import {TextField} from '../widgets/text-field.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';
import type {CustomHostFormState} from '../hooks/use-custom-host-form.js';

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
				<TextField
					value={value}
					isFocused={isFocused}
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
	const {t} = useLanguage();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('custom.title')}
			</Text>
			<Box marginBottom={1}>
				<Text color={theme.color('muted')}>{t('custom.hint')}</Text>
			</Box>
			<Field
				label={t('custom.host')}
				value={form.host}
				error={form.hostError}
				isFocused={isFocused && form.focus === 'host'}
				placeholder={t('custom.hostPlaceholder')}
				onChange={form.setHost}
				onSubmit={form.submitField}
			/>
			<Field
				label={t('custom.ports')}
				value={form.ports}
				error={form.portsError}
				isFocused={isFocused && form.focus === 'ports'}
				placeholder={t('custom.portsPlaceholder')}
				onChange={form.setPorts}
				onSubmit={form.submitField}
			/>
		</Box>
	);
}
