// The login step and the opt-in test message of a probe session: which question is open, the
// credentials and message they lead to, and the transient line that describes them.
import {useCallback, useRef, useState} from 'react';
import type {LoginDefaults} from '../../config/login-defaults.js';
import {createTestMessage} from '../../engine/test-message.js';
import type {Credentials, TestMessage} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import type {ProbeAccess} from '../hooks/use-probe-run.js';
import type {LoginFlowProps, LoginStep} from './login-flow.js';

function credentialsFor(login: LoginDefaults, user: string, secret: string): Credentials {
	return {
		user,
		secret,
		...(login.mechanism ? {mechanism: login.mechanism} : {}),
		...(login.allowPlaintext ? {allowPlaintext: true} : {}),
		...(login.allowInsecure ? {allowInsecure: true} : {}),
	};
}

/** --user with SMTP_DOCTOR_PASSWORD logs in from the first run, as `check --user` does. */
function initialAccess(login: LoginDefaults): ProbeAccess {
	return login.user !== undefined && login.secret !== undefined
		? {credentials: credentialsFor(login, login.user, login.secret)}
		: {};
}

export type LoginSteps = {
	/** The secret lives here, in memory, while the probe session is open; never in a frame. */
	readonly access: ProbeAccess;
	readonly step?: LoginStep;
	readonly isPrompting: boolean;
	/** `a`: ask for the user name. */
	readonly startLogin: () => void;
	/** `t` in a port detail: ask for the recipient (after a login), or say to log in first. */
	readonly startTestMessage: () => void;
	/** A re-run probes again; it never sends the test message a second time. */
	readonly forgetTestMessage: () => void;
	/** A line about the run in progress ("Run 2 started."), cleared when it ends or a question opens. */
	readonly showTransient: (message: string) => void;
	readonly clearTransient: () => void;
	/** What LoginFlow needs besides its step, host and activity. */
	readonly flowProps: (
		port: number | undefined,
		host: string,
	) => Omit<LoginFlowProps, 'step' | 'host' | 'isActive'>;
};

/** The login questions of one probe session (see `LoginSteps`). */
export function useLoginSteps({
	login,
	t,
	onMessage,
}: {
	readonly login: LoginDefaults;
	readonly t: Translator;
	readonly onMessage: (message: string | undefined) => void;
}): LoginSteps {
	const [access, setAccess] = useState<ProbeAccess>(() => initialAccess(login));
	// --user without a password in the environment: ask for it straight away.
	const [step, setStepState] = useState<LoginStep | undefined>(() =>
		login.user !== undefined && login.secret === undefined
			? {kind: 'password', user: login.user}
			: undefined,
	);
	const isPrompting = step !== undefined;
	const isTransientShown = useRef(false);
	const showTransient = useCallback(
		(message: string) => {
			isTransientShown.current = true;
			onMessage(message);
		},
		[onMessage],
	);
	const clearTransient = useCallback(() => {
		if (isTransientShown.current) {
			isTransientShown.current = false;
			onMessage(undefined);
		}
	}, [onMessage]);
	// The session tells the app a question is open (an effect: the key stream hands the next
	// key over only after it ran, so that key is already the question's). The run's progress
	// line goes in the same update, so no frame shows it above a question.
	const setStep = useCallback(
		(next: LoginStep | undefined) => {
			setStepState(next);
			if (next !== undefined) {
				clearTransient();
			}
		},
		[clearTransient],
	);

	const loggedIn = (user: string, secret: string) => {
		setStep(undefined);
		setAccess({credentials: credentialsFor(login, user, secret)});
		showTransient(t('login.started', {user}));
	};

	return {
		access,
		step,
		isPrompting,
		startLogin() {
			setStep({kind: 'user'});
		},
		startTestMessage() {
			if (access.credentials) {
				setStep({kind: 'to'});
			} else {
				onMessage(t('login.first'));
			}
		},
		forgetTestMessage() {
			setAccess((current) => (current.testMessage ? {credentials: current.credentials} : current));
		},
		showTransient,
		clearTransient,
		flowProps(port, host) {
			const user = access.credentials?.user ?? login.user;
			return {
				mechanism: login.mechanism,
				defaultUser: user,
				defaultTo: login.sendTo,
				defaultFrom: login.from ?? (user?.includes('@') ? user : undefined),
				onUser(name) {
					if (login.secret === undefined) {
						setStep({kind: 'password', user: name});
					} else {
						loggedIn(name, login.secret);
					}
				},
				onSecret: loggedIn,
				onTo(to) {
					setStep({kind: 'from', to});
				},
				onFrom(to, from) {
					setStep(
						port === undefined
							? undefined
							: {kind: 'confirm', message: createTestMessage({from, to, port, host})},
					);
				},
				onConfirm(message: TestMessage) {
					setStep(undefined);
					setAccess((current) => ({credentials: current.credentials, testMessage: message}));
					showTransient(t('login.sending', {port: message.port}));
				},
				onCancel() {
					const wasConfirming = step?.kind === 'confirm';
					setStep(undefined);
					if (wasConfirming) {
						onMessage(t('login.notSent'));
					}
				},
			};
		},
	};
}
