import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { createTestCa } from './test-ca.js';
import { startVault } from './vault.js';
import { hasPythonModule, runPython } from './python.js';

const TOKEN = 'hvs.test-token-123';
const SECRET = { token: 'circle-abc-123', extra: 'x' };

describe('vault emulator', () => {
  let vault: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    vault = await startVault({ token: TOKEN, secrets: { 'secret/prod/circleci-token': SECRET, 'kv/app': { a: 'b' } } });
  });
  afterAll(() => vault.close());

  const get = (path: string, headers: Record<string, string> = { 'X-Vault-Token': TOKEN }) =>
    fetch(vault.url + path, { headers });

  it('reads a KV v2 secret with Vault’s exact response shape', async () => {
    const res = await get('/v1/secret/data/prod/circleci-token');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['auth', 'data', 'lease_duration', 'lease_id', 'renewable', 'request_id', 'warnings', 'wrap_info'].sort(),
    );
    expect(body).toMatchObject({ lease_id: '', renewable: false, lease_duration: 0, wrap_info: null, warnings: null, auth: null });
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.data.data).toEqual(SECRET);
    expect(body.data.metadata).toMatchObject({ custom_metadata: null, deletion_time: '', destroyed: false, version: 1 });
    expect(Number.isNaN(Date.parse(body.data.metadata.created_time))).toBe(false);
  });

  it('honours ?version= and a Bearer token, and uses the first path segment as the mount', async () => {
    expect((await (await get('/v1/secret/data/prod/circleci-token?version=1')).json()).data.data.token).toBe('circle-abc-123');
    expect((await get('/v1/secret/data/prod/circleci-token?version=2')).status).toBe(404);
    const res = await get('/v1/kv/data/app', { Authorization: `Bearer ${TOKEN}` });
    expect((await res.json()).data.data).toEqual({ a: 'b' });
    expect((await get('/v1/secret/data/app')).status).toBe(404);
  });

  it('rejects a missing or wrong token with 403 permission denied, even for unknown paths', async () => {
    const bad: Record<string, string>[] = [{}, { 'X-Vault-Token': 'hvs.wrong' }, { 'X-Vault-Token': TOKEN + 'x' }];
    for (const headers of bad) {
      for (const path of ['/v1/secret/data/prod/circleci-token', '/v1/secret/data/nope']) {
        const res = await get(path, headers);
        expect(res.status).toBe(403);
        expect(await res.json()).toEqual({ errors: ['permission denied'] });
      }
    }
  });

  it('answers 404 {"errors":[]} for unknown paths and routes', async () => {
    for (const path of ['/v1/secret/data/prod/other', '/v1/nope', '/v1/secret/metadata/prod/circleci-token']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ errors: [] });
    }
  });

  it('serves /v1/sys/health without a token', async () => {
    const res = await get('/v1/sys/health', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ initialized: true, sealed: false });
  });

  it.skipIf(!hasPythonModule('hvac'))('works with the real hvac client, and hvac sees a wrong token as Forbidden', async () => {
    const script = `
import os, hvac
c = hvac.Client(url=os.environ['VAULT_ADDR'], token=os.environ['VAULT_TOKEN'])
r = c.secrets.kv.v2.read_secret_version(path='prod/circleci-token', mount_point='secret')
print(r['data']['data']['token'])
try:
    hvac.Client(url=os.environ['VAULT_ADDR'], token='bad').secrets.kv.v2.read_secret_version(path='prod/circleci-token', mount_point='secret')
    print('NO-ERROR')
except hvac.exceptions.Forbidden:
    print('FORBIDDEN')
try:
    c.secrets.kv.v2.read_secret_version(path='prod/missing', mount_point='secret')
except hvac.exceptions.InvalidPath:
    print('INVALID-PATH')
`;
    const r = await runPython(script, { VAULT_ADDR: vault.url, VAULT_TOKEN: TOKEN, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' });
    expect(r.stderr.split('\n').filter((l) => /Error|Traceback/.test(l))).toEqual([]);
    expect(r.stdout.trim().split('\n')).toEqual(['circle-abc-123', 'FORBIDDEN', 'INVALID-PATH']);
    expect(r.code).toBe(0);
  });

  it('answers a deleted latest version with 404, null data and its deletion time, as Vault does', async () => {
    const deleted = await startVault({ token: TOKEN, secrets: { 'secret/app': { token: 'x' } }, deleted: true });
    try {
      const res = await fetch(`${deleted.url}/v1/secret/data/app`, { headers: { 'X-Vault-Token': TOKEN } });
      expect(res.status).toBe(404);
      const { data } = await res.json();
      expect(data.data).toBeNull();
      expect(Number.isNaN(Date.parse(data.metadata.deletion_time))).toBe(false);
    } finally {
      await deleted.close();
    }
  });

  it('requires the namespace the token lives in and, like Vault Agent, X-Vault-Request', async () => {
    const strict = await startVault({ token: TOKEN, secrets: { 'secret/app': { token: 'x' } }, namespace: 'admin/ci', requireRequestHeader: true });
    const read = (headers: Record<string, string>) =>
      fetch(`${strict.url}/v1/secret/data/app`, { headers: { 'X-Vault-Token': TOKEN, ...headers } }).then((res) => res.status);
    try {
      expect(await read({ 'X-Vault-Request': 'true', 'X-Vault-Namespace': 'admin/ci' })).toBe(200);
      expect(await read({ 'X-Vault-Request': 'true' })).toBe(403);
      expect(await read({ 'X-Vault-Namespace': 'admin/ci' })).toBe(412);
    } finally {
      await strict.close();
    }
  });

  it('serves HTTPS with a certificate from a test CA, which an untrusting client refuses', async () => {
    const ca = await createTestCa();
    const secure = await startVault({ token: TOKEN, secrets: {}, tls: await ca.issue(['127.0.0.1']) });
    try {
      expect(secure.url).toMatch(/^https:/);
      await expect(fetch(`${secure.url}/v1/sys/health`)).rejects.toThrow();
      const { status } = await new Promise<{ status: number }>((resolve, reject) =>
        httpsGet(`${secure.url}/v1/sys/health`, { ca: readFileSync(ca.caFile) }, (res) => resolve({ status: res.statusCode ?? 0 })).on('error', reject),
      );
      expect(status).toBe(200);
    } finally {
      await secure.close();
      await ca.remove();
    }
  });
});
