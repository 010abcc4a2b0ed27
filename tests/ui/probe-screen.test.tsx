import {render} from 'ink-testing-library';
import {expect, it} from 'vitest';
import {ProbeScreen} from '../../source/ui/probe/probe-screen.js';
import {createTheme, ThemeContext} from '../../source/ui/theme.js';
import {plain} from './ui-helpers.js';

function header(title: string, host: string, addresses: readonly string[]): string {
	const {lastFrame, unmount} = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<ProbeScreen
				title={title}
				host={host}
				rows={[]}
				selectedIndex={0}
				advice={{kind: 'waiting'}}
				width={80}
				height={20}
				addresses={addresses}
			/>
		</ThemeContext.Provider>,
	);
	const first = plain(lastFrame()).split('\n')[0] ?? '';
	unmount();
	return first.trimEnd();
}

it('names the host once in the header', () => {
	expect(header('127.0.0.1', '127.0.0.1', ['127.0.0.1'])).toBe('127.0.0.1');
	expect(header('Hostinger Email', 'smtp.hostinger.com', ['192.0.2.1'])).toBe(
		'Hostinger Email · smtp.hostinger.com (192.0.2.1)',
	);
	expect(header('Zoho Mail (smtp.zoho.eu)', 'smtp.zoho.eu', [])).toBe('Zoho Mail (smtp.zoho.eu)');
});
