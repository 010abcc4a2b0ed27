// Public surface of the secrets module: where the AUTH secret comes from, how it is kept out of
// every output, and the command-line flags of the credentials step.
export {
	containsSecret,
	createRedactor,
	redactDeep,
	redactedMarker,
	redactSecret,
	secretForms,
} from './redact.js';
export type {Redactor} from './redact.js';
export {
	maxSecretBytes,
	passwordEnvName,
	processListWarning,
	promptHidden,
	readSecret,
	SecretError,
} from './read-secret.js';
export type {PromptStreams, ReadSecretOptions, SecretResult, SecretSource} from './read-secret.js';
export {
	confirmSend,
	credentialFlags,
	defaultSendPort,
	formatSendDetails,
	parseMechanism,
	resolveCredentials,
	sendDetails,
} from './cli-options.js';
export type {
	CredentialContext,
	CredentialFlagValues,
	ResolvedCredentials,
	SendDetails,
} from './cli-options.js';
