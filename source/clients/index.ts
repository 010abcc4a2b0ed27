// Client settings: what to type into the user's own mail client, from the diagnosis's
// recommended setting. Data in catalogue.ts, texts in texts.*.ts, the builder in client-settings.ts.
export {clientCatalogue, clientsCheckedDate} from './catalogue.js';
export {
	clientIds,
	clientSettings,
	clientSettingsList,
	findClient,
	passwordPlaceholder,
	UnknownClientError,
	userPlaceholder,
	type ClientSettingsOptions,
} from './client-settings.js';
export {documentedOptions, type DocumentedOption} from './documented.js';
export {clientInputOf, settingsForDiagnosis} from './from-diagnosis.js';
export {clientTextsEn, type ClientTextKey} from './texts.en.js';
export {clientTextsId} from './texts.id.js';
export type * from './types.js';
