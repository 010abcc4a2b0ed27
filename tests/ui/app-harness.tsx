// Mounts the real app (real engine, lab, lessons, verdict words) in ink-testing-library.
import {afterEach} from 'vitest';
import {render} from '../helpers/render.js';
import type {AppOptions} from '../../source/config/app-options.js';
import {defaultTimeouts} from '../../source/engine/types.js';
import {LanguageProvider} from '../../source/i18n/language-context.js';
import type {Lang} from '../../source/config/lang.js';
import {App} from '../../source/ui/app/app.js';
import {createServices} from '../../source/ui/app/create-services.js';
import type {LoginDefaults} from '../../source/config/login-defaults.js';
import {
	simplePresetCatalog,
	type PresetCatalogView,
	type PresetChoice,
} from '../../source/ui/app/presets-default.js';
import {createSettleTracker} from '../../source/ui/app/run-app.js';
import type {AppServices, ProbeRequest} from '../../source/ui/app/services.js';
import {createTheme, ThemeContext} from '../../source/ui/theme.js';
import {tick} from './ui-helpers.js';

export const testAppOptions: AppOptions = {
	ports: [25, 465, 587, 2525],
	mode: 'auto',
	timeouts: {...defaultTimeouts, connect: 2000, greeting: 2000, command: 2000, tls: 2000},
	ehlo: 'client.test',
	family: 4,
	lang: 'en',
	isColor: false,
	version: '0.0.0-test',
};

export type Harness = ReturnType<typeof render> & {
	readonly services: AppServices;
	readonly exitCodes: number[];
	/** Waits (bounded) for aborted probes and the lab to release their sockets. */
	settle(): Promise<void>;
};

/** Renders the app; `presets` replaces the catalogue (tests point presets at loopback servers). */
export async function mountApp(
	options: {
		readonly presets?: readonly PresetChoice[];
		/** Replaces the whole searchable catalogue. */
		readonly catalog?: PresetCatalogView;
		readonly initialRequest?: ProbeRequest;
		readonly columns?: number;
		readonly lang?: Lang;
		/** What --user, SMTP_DOCTOR_PASSWORD, --allow-plaintext-auth, ... would give. */
		readonly login?: LoginDefaults;
		readonly appOptions?: Partial<AppOptions>;
		readonly initialDiscovery?: string;
		/** `--watch`: run again this long after each run. */
		readonly watchMs?: number;
		/** Wraps the real services (e.g. to count probe runs or lab starts). */
		readonly wrapServices?: (services: AppServices) => AppServices;
	} = {},
): Promise<Harness> {
	const base = createServices({...testAppOptions, ...options.appOptions}, options.login);
	const {presets} = options;
	const catalog = options.catalog ?? (presets ? simplePresetCatalog(presets) : undefined);
	const withCatalog: AppServices = catalog
		? {...base, loadPresets: async () => Promise.resolve(catalog)}
		: base;
	const services = options.wrapServices ? options.wrapServices(withCatalog) : withCatalog;
	const tracker = createSettleTracker();
	const exitCodes: number[] = [];
	const instance = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<LanguageProvider initialLang={options.lang ?? 'en'}>
				<App
					services={services}
					tracker={tracker}
					initialRequest={options.initialRequest}
					initialDiscovery={options.initialDiscovery}
					{...(options.watchMs ? {watchMs: options.watchMs} : {})}
					onExit={(code) => {
						exitCodes.push(code);
					}}
				/>
			</LanguageProvider>
		</ThemeContext.Provider>,
	);
	if (options.columns !== undefined) {
		instance.stdout.resize(options.columns);
	}

	// Input handlers subscribe in an effect: let it run before the first key.
	await tick();
	return {
		...instance,
		services,
		exitCodes,
		async settle() {
			await tracker.settle(3000);
		},
	};
}

/** Something a test starts and must stop: a loopback server, a lab. */
export type Closeable = {close(): Promise<void> | void};

/**
 * The preamble every app test shares: mount the app, start servers, and after each test
 * unmount it, let its sockets settle and close what was started (last started, first closed).
 */
export function appFixture() {
	let harness: Harness | undefined;
	const started: Closeable[] = [];
	afterEach(async () => {
		harness?.unmount();
		await harness?.settle();
		harness = undefined;
		for (const resource of started.splice(0).reverse()) {
			await resource.close();
		}
	});
	return {
		async mount(options?: Parameters<typeof mountApp>[0]): Promise<Harness> {
			harness = await mountApp(options);
			return harness;
		},
		/** Closes `resource` after the test; returns it. */
		track<T extends Closeable>(resource: T): T {
			started.push(resource);
			return resource;
		},
	};
}
