// The real services behind the app: the engine, the verdict words, the lab, the complete
// lessons, the preset catalogue and the Markdown report, for one language and set of flags.
// The engine, the lab, the lessons and the presets are imported on first use, so the first
// frame only waits for Ink, React and the screens (bench/startup-tui.mjs measures it).
import {isLoopbackHost} from '../../controls/loopback.js';
import type {ControlTarget} from '../../engine/controls.js';
import {detectHostPolicy} from '../../hostinfo/cloud.js';
import {baseProbeOptions, type AppOptions} from '../../config/app-options.js';
import type {DiscoveryResult} from '../../discovery/discover.js';
import type {ProbeEvent, ProbeOptions, RunResult} from '../../engine/types.js';
import type {Lang} from '../../config/lang.js';
import type {LabScenario} from '../../lab/lab.js';
import type {LessonCatalog} from './lesson-types.js';
import {formatMarkdownReport, formatPlain} from '../../report/index.js';
import type {Preset} from '../../presets/schema.js';
import {createRedactor} from '../../engine/redact.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import type {PresetCatalogView, PresetChoice} from './presets-default.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {AppServices, ControlWatch, ProbeRequest} from './services.js';

/** A catalogue preset as a Home choice. */
export async function presetChoices(presets?: readonly Preset[]): Promise<PresetChoice[]> {
	const {getBuiltinPresets, presetProbeOptions} = await import('../../presets/presets.js');
	return (presets ?? getBuiltinPresets()).map((preset) => {
		const probe = presetProbeOptions(preset);
		// The default region first: it is what Enter picks.
		const regions = [...preset.regions].sort(
			(a, b) => Number(b.id === preset.defaultRegion) - Number(a.id === preset.defaultRegion),
		);
		return {
			id: preset.id,
			label: preset.name,
			host: probe.host,
			ports: probe.ports,
			notOfferedPorts: probe.notOfferedPorts,
			authHint: `user name: ${preset.auth.user}; password: ${preset.auth.password}`,
			group: preset.group,
			regions: regions.map((region) => ({id: region.id, label: region.label, host: region.host})),
			unconfirmed: preset.unconfirmed,
			claims: probe.expected.map((claim) => ({
				port: claim.port,
				encryption: claim.encryption,
				certainty: claim.certainty,
				isRecommended: claim.isRecommended,
			})),
		};
	});
}

/** The searchable, grouped preset list over the catalogue (and the user's presets). */
export async function presetCatalogView(presets: readonly Preset[]): Promise<PresetCatalogView> {
	const [{groupPresets, presetAgreement, searchPresets}, {presetGroupLabel}] = await Promise.all([
		import('../../presets/presets.js'),
		import('../../presets/command.js'),
	]);
	const choices = await presetChoices(presets);
	const byId = new Map(choices.map((choice) => [choice.id, choice]));
	return {
		choices,
		search: (query, lang) =>
			groupPresets(searchPresets(query, presets)).map((entry) => ({
				label: presetGroupLabel(entry.group, lang),
				choices: entry.presets.flatMap((preset) => {
					const choice = byId.get(preset.id);
					return choice ? [choice] : [];
				}),
			})),
		compare: (claims, port, detected) =>
			presetAgreement(
				claims.map((claim) => ({...claim})),
				port,
				detected,
			),
	};
}

/** Calls `load` once and hands every caller the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let promise: Promise<T> | undefined;
	return async () => {
		promise ??= load();
		return promise;
	};
}

async function* probeHostLazily(
	host: string,
	options: ProbeOptions,
): AsyncGenerator<ProbeEvent, RunResult | undefined> {
	const {probeHost} = await import('../../engine/index.js');
	return yield* probeHost(host, options);
}

/** A probe request for each discovery candidate (preset candidates carry the preset's claims). */
async function discoveryRequests(
	result: DiscoveryResult,
	presets: readonly Preset[],
): Promise<ProbeRequest[]> {
	const [{candidateRun}, {presetAgreement}] = await Promise.all([
		import('../../discovery/candidate-run.js'),
		import('../../presets/presets.js'),
	]);
	return result.candidates.map((candidate) => {
		const run = candidateRun(candidate, presets);
		const probe = run.presetProbe;
		return {
			host: run.host,
			ports: run.ports,
			...(run.notOfferedPorts ? {notOfferedPorts: run.notOfferedPorts} : {}),
			title: probe
				? `${probe.presetName} (${run.host})`
				: `${run.host} · candidate ${candidate.rank}`,
			...(probe
				? {
						preset: {
							name: probe.presetName,
							claims: probe.expected,
							unconfirmed: [],
							compare: (claims, port, detected) =>
								presetAgreement(
									claims.map((claim) => ({...claim})),
									port,
									detected,
								),
						},
					}
				: {}),
		} satisfies ProbeRequest;
	});
}

export function createServices(options: AppOptions, login?: LoginDefaults): AppServices {
	const lessonsByLang = new Map<Lang, Promise<LessonCatalog>>();
	const loadMergedPresets = once(async () => {
		// Built-ins plus ~/.config/smtp-doctor/presets.json (a broken file is skipped here;
		// `smtp-doctor presets` reports its errors).
		const [{getBuiltinPresets, mergePresets}, {loadUserPresets}] = await Promise.all([
			import('../../presets/presets.js'),
			import('../../presets/user-presets.js'),
		]);
		const builtin = getBuiltinPresets();
		const user = await loadUserPresets({builtinIds: builtin.map((preset) => preset.id)});
		return mergePresets(builtin, user.presets);
	});
	return {
		probeHost: probeHostLazily,
		async startLab(scenario: LabScenario) {
			const {startLab} = await import('../../lab/lab.js');
			return startLab(scenario);
		},
		async loadLessons(lang) {
			let lessons = lessonsByLang.get(lang);
			if (!lessons) {
				lessons = Promise.all([import('../../lessons/index.js'), loadCatalogue(lang)]).then(
					async ([module, catalogue]) => module.lessonCatalogView(catalogue),
				);
				lessonsByLang.set(lang, lessons);
			}

			return lessons;
		},
		loadPresets: once(async () => presetCatalogView(await loadMergedPresets())),
		async discover(target, signal) {
			const [{discover}, {createEngineProber}, presets] = await Promise.all([
				import('../../discovery/discover.js'),
				import('../../discovery/engine-prober.js'),
				loadMergedPresets(),
			]);
			const result = await discover(target, {
				signal,
				presets,
				// One DNS question may take as long as a connection may (at most 4 s).
				timeoutMs: Math.min(4000, options.timeouts.connect),
				...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
				probe: createEngineProber({
					family: options.family,
					ehloName: options.ehlo,
					...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
					...(options.ca ? {ca: options.ca} : {}),
				}),
			});
			return {result, requests: await discoveryRequests(result, presets)};
		},
		formatPlain(diagnosis, isColor) {
			return formatPlain(diagnosis, {isColor});
		},
		async mergePortRun(whole, part) {
			// The diagnosis ranks the settings again from the merged ports.
			const again = new Map(part.ports.map((port) => [port.port, port]));
			return Promise.resolve({
				...whole,
				ports: whole.ports.map((port) => again.get(port.port) ?? port),
			});
		},
		formatReport(diagnosis, credentials) {
			// Like `check --report`: the engine keeps the secret out already, and whatever a server
			// echoed is scrubbed again here (the secret, its base64 forms, user+secret pairs).
			const redact = credentials
				? createRedactor([credentials.secret], {user: credentials.user})
				: undefined;
			return formatMarkdownReport(diagnosis, {
				version: options.version,
				...(redact ? {redact} : {}),
			});
		},
		loadPractice: once(async () => import('../../practice/index.js')),
		async exportHandout(lang) {
			const [{exportHandout, handoutFileName}, {SafeWriteError}, {loadLessonTexts}, catalogue] =
				await Promise.all([
					import('../../lessons/export.js'),
					import('../../config/safe-write.js'),
					import('../../lessons/lessons.js'),
					loadCatalogue(lang),
				]);
			const file = handoutFileName(lang);
			try {
				const written = await exportHandout(file, await loadLessonTexts(catalogue), {
					version: options.version,
				});
				return {isWritten: true, path: written.path, isReplaced: written.isReplaced};
			} catch (error) {
				if (error instanceof SafeWriteError) {
					const reason = error.reason === 'io-error' ? (error.code ?? 'io-error') : error.reason;
					return {isWritten: false, file, reason};
				}

				throw error;
			}
		},
		...(login ? {login} : {}),
		baseOptions: baseProbeOptions(options),
		...(options.controls && !options.lab ? controlServices(options.controls) : {}),
	};
}

/**
 * The control probes and the host's cloud policy for the app. The watch module (and the preset
 * catalogue it reads) loads on the first run that needs it; events that arrive meanwhile wait.
 */
function controlServices(
	targets: readonly ControlTarget[] | 'built-in',
): Pick<AppServices, 'watchControls' | 'hostPolicy'> {
	const hostPolicy = detectHostPolicy();
	return {
		...(hostPolicy ? {hostPolicy} : {}),
		watchControls(host, watchOptions) {
			if (isLoopbackHost(host)) {
				return undefined;
			}

			const pending: ProbeEvent[] = [];
			let watch: ControlWatch | undefined;
			const ready = import('../../controls/watch.js').then((module) => {
				watch = module.startControlWatch(
					targets === 'built-in' ? module.builtInControls() : targets,
					watchOptions,
				);
				for (const event of pending.splice(0)) {
					watch.onEvent(event);
				}

				return watch;
			});
			return {
				onEvent(event) {
					if (watch) {
						watch.onEvent(event);
					} else {
						pending.push(event);
					}
				},
				async finish() {
					return (await ready).finish();
				},
			};
		},
	};
}
