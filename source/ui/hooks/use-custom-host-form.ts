import {useKeys} from './use-keys.js';
import {useRef, useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {checkHost, checkPorts} from '../screens/form-validation.js';

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
	const hostCheck = checkHost(host, t);
	const portsCheck = checkPorts(ports, t);
	// Keys of one burst ("host<Enter>") run before React renders again: submitting reads the
	// values typed so far and the focus through this ref, never a stale render's.
	const latest = useRef({host, ports, focus});
	latest.current = {...latest.current, host, ports, focus};

	useKeys(
		(_input, key) => {
			if (key.tab || key.downArrow || key.upArrow) {
				setIsTouched(true);
				latest.current.focus = latest.current.focus === 'host' ? 'ports' : 'host';
				setFocus(latest.current.focus);
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
			latest.current.host = value;
			setHost(value);
		},
		setPorts(value) {
			latest.current.ports = value;
			setPorts(value);
		},
		submitField() {
			setIsTouched(true);
			const hostCheck = checkHost(latest.current.host, t);
			const portsCheck = checkPorts(latest.current.ports, t);
			const setFocusNow = (next: 'host' | 'ports') => {
				latest.current.focus = next;
				setFocus(next);
			};

			if (latest.current.focus === 'host') {
				if (hostCheck.error === undefined) {
					setFocusNow('ports');
				}

				return;
			}

			if (hostCheck.error !== undefined) {
				setFocusNow('host');
				return;
			}

			if (portsCheck.error === undefined) {
				onSubmit({host: hostCheck.value, ports: portsCheck.value});
			}
		},
	};
}
