// The TUI's login step and opt-in test message, one question at a time, in place of the table
// or the port detail. Presentational: the probe session owns the steps and what they lead to.
//
//   a: User name: alice@example.com_        t: Send a test message to: bob@example.org_
//      Password: ********                      From: alice@example.com_
//                                              A test message will be sent: ... Send? [y/N]
import {Box, Text, useInput, useStdin} from 'ink';
import {TextField} from '../widgets/text-field.js';
import {useState} from 'react';
import type {TestMessage} from '../../engine/types.js';
import {CredentialsPrompt} from './credentials-prompt.js';
import {isAddress} from '../../config/login-defaults.js';
import {SendConfirm} from './send-confirm.js';
import {useTheme} from '../theme.js';

/** Where the login or test-message questions are. */
export type LoginStep =
	| {readonly kind: 'user'}
	| {readonly kind: 'password'; readonly user: string}
	| {readonly kind: 'to'}
	| {readonly kind: 'from'; readonly to: string}
	| {readonly kind: 'confirm'; readonly message: TestMessage};

export type LoginFlowProps = {
	readonly step: LoginStep;
	/** The host as shown to the user (the lab shows its certificate name). */
	readonly host: string;
	readonly mechanism?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
	readonly defaultUser?: string;
	readonly defaultTo?: string;
	readonly defaultFrom?: string;
	readonly isActive: boolean;
	readonly onUser: (user: string) => void;
	readonly onSecret: (user: string, secret: string) => void;
	readonly onTo: (to: string) => void;
	readonly onFrom: (to: string, from: string) => void;
	readonly onConfirm: (message: TestMessage) => void;
	readonly onCancel: () => void;
};

/** One text question with inline validation; Esc cancels. */
export function Question({
	title,
	label,
	initial,
	hint,
	isActive,
	validate,
	onSubmit,
	onCancel,
}: {
	readonly title: string;
	readonly label: string;
	readonly initial: string;
	readonly hint: string;
	readonly isActive: boolean;
	readonly validate: (value: string) => string | undefined;
	readonly onSubmit: (value: string) => void;
	readonly onCancel: () => void;
}) {
	const theme = useTheme();
	const {isRawModeSupported} = useStdin();
	const isInputActive = isActive && isRawModeSupported;
	const [value, setValue] = useState(initial);
	const [error, setError] = useState<string>();
	useInput(
		(_input, key) => {
			if (key.escape) {
				onCancel();
			}
		},
		{isActive: isInputActive},
	);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{title}
			</Text>
			<Box>
				<Text>{label}: </Text>
				<TextField
					value={value}
					isFocused={isInputActive}
					maxLength={256}
					onChange={(next) => {
						setError(undefined);
						setValue(next);
					}}
					onSubmit={(next) => {
						const trimmed = next.trim();
						const problem = validate(trimmed);
						if (problem) {
							setError(problem);
						} else {
							onSubmit(trimmed);
						}
					}}
				/>
			</Box>
			{error ? <Text color={theme.color('fail')}>✘ {error}</Text> : null}
			<Text color={theme.color('muted')}>{hint}</Text>
		</Box>
	);
}

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

function checkUser(value: string): string | undefined {
	return value.length === 0 || value.length > 256 || controlCharacters.test(value)
		? 'Type the user name (usually your full e-mail address).'
		: undefined;
}

function checkAddress(value: string): string | undefined {
	return isAddress(value) ? undefined : 'Type one e-mail address such as name@example.com.';
}

/** One question of the login step or the test message, or the send confirmation. */
export function LoginFlow(props: LoginFlowProps) {
	const {step, host, isActive, onCancel} = props;
	switch (step.kind) {
		case 'user': {
			return (
				<Question
					title={`Log in to ${host} (AUTH on every port where it is safe)`}
					label="User name"
					initial={props.defaultUser ?? ''}
					hint="Enter: next · Esc: back · usually your full e-mail address"
					isActive={isActive}
					validate={checkUser}
					onSubmit={props.onUser}
					onCancel={onCancel}
				/>
			);
		}

		case 'password': {
			return (
				<CredentialsPrompt
					user={step.user}
					host={host}
					mechanism={props.mechanism}
					isActive={isActive}
					onSubmit={(secret) => {
						props.onSecret(step.user, secret);
					}}
					onCancel={onCancel}
				/>
			);
		}

		case 'to': {
			return (
				<Question
					title={`Send a test message through ${host} (nothing is sent before you confirm)`}
					label="To"
					initial={props.defaultTo ?? ''}
					hint="Enter: next · Esc: back"
					isActive={isActive}
					validate={checkAddress}
					onSubmit={props.onTo}
					onCancel={onCancel}
				/>
			);
		}

		case 'from': {
			return (
				<Question
					title="Sender of the test message (the account usually must own it)"
					label="From"
					initial={props.defaultFrom ?? ''}
					hint="Enter: next · Esc: back"
					isActive={isActive}
					validate={checkAddress}
					onSubmit={(from) => {
						props.onFrom(step.to, from);
					}}
					onCancel={onCancel}
				/>
			);
		}

		default: {
			const {message} = step;
			return (
				<SendConfirm
					details={{
						from: message.from,
						to: message.to,
						subject: message.subject,
						server: `${host} port ${message.port}`,
					}}
					isActive={isActive}
					onConfirm={() => {
						props.onConfirm(message);
					}}
					onCancel={onCancel}
				/>
			);
		}
	}
}
