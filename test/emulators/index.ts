// Local, protocol-faithful emulators used to run generated snippets that read a secret.
export { startVault, type VaultOptions } from './vault.js';
export { startSecretsManager, type SecretsManagerOptions } from './aws-secrets-manager.js';
export { startConjur, type ConjurOptions } from './conjur.js';
export { startTlsInterceptProxy } from './tls-intercept-proxy.js';
