// The options screen of a probe session (o): what the command line's flags set, settable here,
// so no advice points to a flag the user cannot reach from the app. Enter applies and re-runs.
//
//   Options for this run (Enter: apply and run again · Esc: back)
//   › Ports               465,587
//     Mode                ◂ auto ▸
//     Greeting timeout    30s
//     Login without TLS   [ ] no
import {Box, Text, useInput, useStdin} from 'ink';
import {useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import type {MessageKey, Translator} from '../../i18n/translate.js';
import type {EncryptionMode} from '../../engine/types.js';
import {
	checkDuration,
	checkOptionalHost,
	checkPorts,
	formatDuration,
} from '../screens/form-validation.js';
import {useTheme} from '../theme.js';
import {TextField} from '../widgets/text-field.js';
import {readCaFile, type RunSettings} from './run-settings.js';

export type OptionId =
	| 'ports'
	| 'mode'
	| 'connect'
	| 'greeting'
	| 'command'
	| 'tls'
	| 'ca'
	| 'servername'
	| 'ehlo'
	| 'allowPlaintext'
	| 'allowInsecure'
	| 'mechanism';

type Field =
	| {readonly id: OptionId; readonly kind: 'text'; readonly label: MessageKey}
	| {readonly id: OptionId; readonly kind: 'toggle'; readonly label: MessageKey}
	| {
			readonly id: OptionId;
			readonly kind: 'choice';
			readonly label: MessageKey;
			readonly choices: readonly string[];
	  };

const modes: readonly EncryptionMode[] = ['auto', 'implicit-tls', 'starttls', 'none'];
const mechanisms = ['auto', 'PLAIN', 'LOGIN', 'XOAUTH2'] as const;

/** The fields, in screen order. */
export const optionFields: readonly Field[] = [
	{id: 'ports', kind: 'text', label: 'options.ports'},
	{id: 'mode', kind: 'choice', label: 'options.mode', choices: modes},
	{id: 'connect', kind: 'text', label: 'options.connectTimeout'},
	{id: 'greeting', kind: 'text', label: 'options.greetingTimeout'},
	{id: 'command', kind: 'text', label: 'options.commandTimeout'},
	{id: 'tls', kind: 'text', label: 'options.tlsTimeout'},
	{id: 'ca', kind: 'text', label: 'options.ca'},
	{id: 'servername', kind: 'text', label: 'options.servername'},
	{id: 'ehlo', kind: 'text', label: 'options.ehlo'},
	{id: 'allowPlaintext', kind: 'toggle', label: 'options.allowPlaintext'},
	{id: 'allowInsecure', kind: 'toggle', label: 'options.allowInsecure'},
	{id: 'mechanism', kind: 'choice', label: 'options.mechanism', choices: mechanisms},
];

type Values = Readonly<Record<OptionId, string>>;

function valuesOf(settings: RunSettings): Values {
	return {
		ports: settings.ports.join(','),
		mode: settings.mode,
		connect: formatDuration(settings.timeouts.connect),
		greeting: formatDuration(settings.timeouts.greeting),
		command: formatDuration(settings.timeouts.command),
		tls: formatDuration(settings.timeouts.tls),
		ca: settings.caFile?.path ?? '',
		servername: settings.servername ?? '',
		ehlo: settings.ehloName,
		allowPlaintext: settings.allowPlaintext ? 'yes' : 'no',
		allowInsecure: settings.allowInsecure ? 'yes' : 'no',
		mechanism: settings.mechanism ?? 'auto',
	};
}

/** Each text field's error, or the settings the values make (a new CA file is read on apply). */
export function checkOptions(
	values: Values,
	settings: RunSettings,
	t: Translator,
):
	| {readonly errors: Partial<Record<OptionId, string>>; readonly caPath?: undefined}
	| {readonly settings: RunSettings; readonly caPath?: string; readonly errors?: undefined} {
	const errors: Partial<Record<OptionId, string>> = {};
	const ports = checkPorts(values.ports, t);
	if (ports.error !== undefined) {
		errors.ports = ports.error;
	}

	const timeouts = {...settings.timeouts};
	for (const id of ['connect', 'greeting', 'command', 'tls'] as const) {
		const checked = checkDuration(values[id], t);
		if (checked.error === undefined) {
			timeouts[id] = checked.value;
		} else {
			errors[id] = checked.error;
		}
	}

	const servername = checkOptionalHost(values.servername, t);
	if (servername.error !== undefined) {
		errors.servername = servername.error;
	}

	const ehlo = checkOptionalHost(values.ehlo, t);
	if (ehlo.error !== undefined) {
		errors.ehlo = ehlo.error;
	}

	if (ports.error !== undefined || servername.error !== undefined || ehlo.error !== undefined) {
		return {errors};
	}

	if (Object.keys(errors).length > 0) {
		return {errors};
	}

	const caPath = values.ca.trim();
	const mechanism = mechanisms.find((item) => item === values.mechanism);
	const next: RunSettings = {
		ports: ports.value,
		mode: modes.find((item) => item === values.mode) ?? settings.mode,
		timeouts,
		...(settings.commandLineCa ? {commandLineCa: settings.commandLineCa} : {}),
		// The same file keeps its certificates; another one is read by the caller.
		...(settings.caFile && settings.caFile.path === caPath ? {caFile: settings.caFile} : {}),
		...(servername.value ? {servername: servername.value} : {}),
		ehloName: ehlo.value ?? settings.ehloName,
		allowPlaintext: values.allowPlaintext === 'yes',
		allowInsecure: values.allowInsecure === 'yes',
		...(mechanism && mechanism !== 'auto' ? {mechanism} : {}),
	};
	return caPath !== '' && settings.caFile?.path !== caPath
		? {settings: next, caPath}
		: {settings: next};
}

export type OptionsFormProps = {
	readonly settings: RunSettings;
	/** The field to start on (the one the advice of the selected row names). */
	readonly initialField?: OptionId;
	readonly isActive: boolean;
	readonly width: number;
	readonly onApply: (settings: RunSettings) => void;
	readonly onCancel: () => void;
};

/** The options screen (see the top of this file). */
export function OptionsForm({
	settings,
	initialField,
	isActive,
	width,
	onApply,
	onCancel,
}: OptionsFormProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const {isRawModeSupported} = useStdin();
	const isInputActive = isActive && isRawModeSupported;
	const [values, setValues] = useState<Values>(() => valuesOf(settings));
	const [focus, setFocus] = useState(() =>
		Math.max(
			0,
			optionFields.findIndex((field) => field.id === initialField),
		),
	);
	const [errors, setErrors] = useState<Partial<Record<OptionId, string>>>({});
	const [isApplying, setIsApplying] = useState(false);
	const field = optionFields[focus] ?? optionFields[0]!;
	const set = (id: OptionId, value: string) => {
		setValues((current) => ({...current, [id]: value}));
		setErrors((current) => (current[id] === undefined ? current : {...current, [id]: undefined}));
	};

	const apply = () => {
		const checked = checkOptions(values, settings, t);
		if (checked.errors) {
			setErrors(checked.errors);
			const first = optionFields.findIndex((item) => checked.errors[item.id] !== undefined);
			setFocus(Math.max(0, first));
			return;
		}

		const {settings: next, caPath} = checked;
		if (caPath === undefined) {
			onApply(next);
			return;
		}

		setIsApplying(true);
		readCaFile(caPath).then(
			(pems) => {
				onApply({...next, caFile: {path: caPath, pems}});
			},
			(error: unknown) => {
				setIsApplying(false);
				setErrors({
					ca: t('options.caUnreadable', {
						reason: error instanceof Error ? error.message : String(error),
					}),
				});
				setFocus(optionFields.findIndex((item) => item.id === 'ca'));
			},
		);
	};

	useInput(
		(input, key) => {
			if (key.escape) {
				onCancel();
			} else if (key.upArrow || (key.tab && key.shift)) {
				setFocus((focus - 1 + optionFields.length) % optionFields.length);
			} else if (key.downArrow || key.tab) {
				setFocus((focus + 1) % optionFields.length);
			} else if (key.return && field.kind !== 'text') {
				apply();
			} else if (field.kind === 'toggle' && (input === ' ' || key.leftArrow || key.rightArrow)) {
				set(field.id, values[field.id] === 'yes' ? 'no' : 'yes');
			} else if (field.kind === 'choice' && (input === ' ' || key.leftArrow || key.rightArrow)) {
				const index = field.choices.indexOf(values[field.id]);
				const step = key.leftArrow ? -1 : 1;
				const next = field.choices[(index + step + field.choices.length) % field.choices.length];
				if (next !== undefined) {
					set(field.id, next);
				}
			}
		},
		{isActive: isInputActive && !isApplying},
	);

	const labelWidth = 22;
	const focusedError = errors[field.id];
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('options.title')}
			</Text>
			{optionFields.map((item, index) => {
				const isFocused = index === focus;
				const value = values[item.id];
				return (
					<Box key={item.id}>
						<Box width={labelWidth} flexShrink={0}>
							<Text
								color={isFocused ? theme.color('accent') : undefined}
								bold={isFocused}
								wrap="truncate-end"
							>
								{isFocused ? '› ' : '  '}
								{t(item.label)}
								{errors[item.id] === undefined ? '' : ' ✘'}
							</Text>
						</Box>
						{item.kind === 'text' ? (
							<TextField
								value={value}
								isFocused={isInputActive && isFocused && !isApplying}
								placeholder={item.id === 'ca' ? t('options.caPlaceholder') : ''}
								maxLength={item.id === 'ca' ? 1024 : 255}
								onChange={(next) => {
									set(item.id, next);
								}}
								onSubmit={apply}
							/>
						) : item.kind === 'toggle' ? (
							<Text>{value === 'yes' ? `[x] ${t('common.yes')}` : `[ ] ${t('common.no')}`}</Text>
						) : (
							<Text>{isFocused ? `◂ ${value} ▸` : value}</Text>
						)}
					</Box>
				);
			})}
			{focusedError === undefined ? (
				<Text color={theme.color('muted')} wrap="truncate-end">
					{isApplying ? t('options.reading') : t(`options.help.${field.id}`)}
				</Text>
			) : (
				<Text color={theme.color('fail')} wrap="truncate-end">
					✘ {focusedError}
				</Text>
			)}
		</Box>
	);
}
