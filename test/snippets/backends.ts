/**
 * What each retrieval method's programs talk to during verification: the
 * environment variables of a run that must succeed, and of one that must
 * fail, against a local emulator holding the secret. Programs get nothing
 * else: no file, no flag, no changed line.
 */
import type { SnippetContext } from '../../src/generator';
import { startConjur, startSecretsManager, startTlsInterceptProxy, startVault } from '../emulators/index';

export interface Backend {
  env(language: string): Record<string, string>;
  failure(language: string): { env: Record<string, string>; message: RegExp };
  close(): Promise<void>;
}

type StartBackend = (context: SnippetContext, secret: string) => Promise<Backend>;

const VAULT_TOKEN = 'hvs.leakfix-test-token';
const AWS_REGION = 'us-east-1';
const AWS_KEY_ID = 'AKIALEAKFIXTEST00001';
const AWS_SECRET_KEY = 'leakfix-test-secret-access-key';
const CONJUR = { account: 'leakfix', login: 'host/ci/app', apiKey: 'leakfix-test-api-key' };

export const BACKENDS: Record<string, StartBackend> = {
  async 'env-vars'(context, secret) {
    return {
      env: () => ({ [context.envVar]: secret }),
      failure: () => ({ env: {}, message: new RegExp(`${context.envVar} is not set`) }),
      close: async () => {},
    };
  },

  async 'aws-secrets-manager'(context, secret) {
    const emulator = await startSecretsManager({
      accessKeyId: AWS_KEY_ID,
      secretAccessKey: AWS_SECRET_KEY,
      region: AWS_REGION,
      secrets: { [context.aws.secretId]: secret },
    });
    const proxy = await startTlsInterceptProxy({ hosts: [`secretsmanager.${AWS_REGION}.amazonaws.com`], target: emulator.server });
    // The JavaScript SDK honours the endpoint variable. Debian's boto3 1.26 and
    // Go SDK 1.17 predate it and dial the real endpoint: they reach the
    // emulator over real TLS through the intercepting proxy and its test CA.
    const route = (language: string): Record<string, string> =>
      language === 'javascript'
        ? { AWS_ENDPOINT_URL_SECRETS_MANAGER: emulator.url }
        : { HTTPS_PROXY: proxy.url, https_proxy: proxy.url, AWS_CA_BUNDLE: proxy.caFile };
    const env = (language: string, keyId: string) => ({
      ...route(language),
      // boto3 reads only AWS_DEFAULT_REGION; the other SDKs read AWS_REGION.
      [language === 'python' ? 'AWS_DEFAULT_REGION' : 'AWS_REGION']: AWS_REGION,
      AWS_ACCESS_KEY_ID: keyId,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET_KEY,
    });
    return {
      env: (language) => env(language, AWS_KEY_ID),
      failure: (language) => ({ env: env(language, 'AKIAUNKNOWNKEY000000'), message: /UnrecognizedClientException/ }),
      async close() {
        await proxy.close();
        await emulator.close();
      },
    };
  },

  async 'hashicorp-vault'(context, secret) {
    const { mount, path, key } = context.vault;
    const vault = await startVault({ token: VAULT_TOKEN, secrets: { [`${mount}/${path}`]: { [key]: secret } } });
    return {
      env: () => ({ VAULT_ADDR: vault.url, VAULT_TOKEN }),
      failure: () => ({ env: { VAULT_ADDR: vault.url, VAULT_TOKEN: 'hvs.wrong-token' }, message: /403|permission denied/ }),
      close: () => vault.close(),
    };
  },

  async 'cyberark-conjur'(context, secret) {
    const conjur = await startConjur({ ...CONJUR, variables: { [context.conjur.variableId]: secret } });
    const env = (apiKey: string) => ({
      CONJUR_APPLIANCE_URL: conjur.url,
      CONJUR_ACCOUNT: CONJUR.account,
      CONJUR_AUTHN_LOGIN: CONJUR.login,
      CONJUR_AUTHN_API_KEY: apiKey,
    });
    return {
      env: () => env(CONJUR.apiKey),
      failure: () => ({ env: env('wrong-api-key'), message: /401/ }),
      close: () => conjur.close(),
    };
  },
};
