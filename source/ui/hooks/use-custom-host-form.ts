import {useInput} from 'ink';
import {useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {checkHost, checkPorts, splitHostPort} from '../screens/form-validation.js';

export type CustomHostFormState = {
	readonly host: string;
	readonly ports: string;
	readonly focus: 'host' | 'ports';
	readonly hostError?: string;
	readonly portsError?: string;
	readonly setHost: (value: string) => void;
	readonly setPorts: (value: string) => void;
	/** Enter on a field: next field, or submit from the last one when both are valid. */
	readonly submitField: () => void;
};

/** State and field navigation of the custom host form; errors show once a field was left. */
export function useCustomHostForm(
	isActive: boolean,
	onSubmit: (target: {readonly host: string; readonly ports: readonly number[]}) => void,
): CustomHostFormState {
	const [host, setHost] = useState('');
	const [ports, setPorts] = useState('25,465,587,2525');
	const [focus, setFocus] = useState<'host' | 'ports'>('host');
	const [isTouched, setIsTouched] = useState(false);
	const {t} = useLanguage();
	// "smtp.example.com:587" names the port too (it goes into the ports field on Enter).
	const hostPort = splitHostPort(host);
	const hostCheck = checkHost(hostPort.host, t);
	const portsCheck = checkPorts(hostPort.port ?? ports, t);

	useInput(
		(_input, key) => {
			if (key.tab || key.downArrow || key.upArrow) {
				setIsTouched(true);
				setFocus(focus === 'host' ? 'ports' : 'host');
			}
		},
		{isActive},
	);

	return {
		host,
		ports,
		focus,
		hostError: isTouched || host !== '' ? hostCheck.error : undefined,
		portsError: portsCheck.error,
		setHost(value) {
			// A pasted host often carries spaces around it.
			setHost(value.trim());
		},
		setPorts,
		submitField() {
			setIsTouched(true);
			if (focus === 'host') {
				if (hostCheck.error === undefined) {
					if (hostPort.port !== undefined) {
						setHost(hostPort.host);
						setPorts(hostPort.port);
					}

					setFocus('ports');
				}

				return;
			}

			if (hostCheck.error !== undefined) {
				setFocus('host');
				return;
			}

			if (portsCheck.error === undefined) {
				onSubmit({host: hostCheck.value, ports: portsCheck.value});
			}
		},
	};
}
