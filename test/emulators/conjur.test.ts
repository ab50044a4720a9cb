import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConjur } from './conjur.js';

const ACCOUNT = 'myorg';
const LOGIN = 'host/ci/app';
const API_KEY = '1wgv7h2pw1vta2a7dnzk370ger03nnakkq33sex2a1jmbbnz3h8cvhe';
const VARS = { 'prod/circleci-token': 'circle-abc-123', plain: 'p' };

describe('conjur emulator', () => {
  let conjur: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    conjur = await startConjur({ account: ACCOUNT, login: LOGIN, apiKey: API_KEY, variables: VARS });
  });
  afterAll(() => conjur.close());

  const authenticate = (login = encodeURIComponent(LOGIN), apiKey = API_KEY, headers: Record<string, string> = {}) =>
    fetch(`${conjur.url}/authn/${ACCOUNT}/${login}/authenticate`, { method: 'POST', body: apiKey, headers });
  const header = (b64: string) => ({ Authorization: `Token token="${b64}"` });
  const tokenHeader = async () => header(Buffer.from(await (await authenticate()).text()).toString('base64'));

  it('issues a JSON access token with sub=login, iat and exp', async () => {
    const res = await authenticate();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const tok = await res.json();
    expect(Object.keys(tok).sort()).toEqual(['payload', 'protected', 'signature']);
    for (const v of Object.values(tok)) expect(v).toMatch(/^[A-Za-z0-9_-]+$/);
    const payload = JSON.parse(Buffer.from(tok.payload, 'base64url').toString());
    expect(payload.sub).toBe(LOGIN);
    expect(payload.exp - payload.iat).toBe(480);
  });

  it('returns the base64-encoded token as text when asked with Accept-Encoding: base64', async () => {
    const res = await authenticate(undefined, undefined, { 'Accept-Encoding': 'base64' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    const b64 = await res.text();
    expect(JSON.parse(Buffer.from(b64, 'base64').toString()).payload).toBeTypeOf('string');
    const secret = await fetch(`${conjur.url}/secrets/${ACCOUNT}/variable/plain`, { headers: header(b64) });
    expect(await secret.text()).toBe('p');
  });

  it('rejects a wrong login, API key or account with an empty 401', async () => {
    for (const res of [
      await authenticate(encodeURIComponent('host/ci/other')),
      await authenticate(undefined, API_KEY + 'x'),
      await authenticate(undefined, ''),
      await fetch(`${conjur.url}/authn/otherorg/${encodeURIComponent(LOGIN)}/authenticate`, { method: 'POST', body: API_KEY }),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('');
    }
  });

  it('returns the raw secret for an encoded or unencoded variable id', async () => {
    const h = await tokenHeader();
    for (const id of ['prod%2Fcircleci-token', 'prod/circleci-token']) {
      const res = await fetch(`${conjur.url}/secrets/${ACCOUNT}/variable/${id}`, { headers: h });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(await res.text()).toBe('circle-abc-123');
    }
  });

  it('supports the batch /secrets?variable_ids= read', async () => {
    const ids = [`${ACCOUNT}:variable:prod/circleci-token`, `${ACCOUNT}:variable:plain`].join(',');
    const res = await fetch(`${conjur.url}/secrets?variable_ids=${encodeURIComponent(ids)}`, { headers: await tokenHeader() });
    expect(await res.json()).toEqual({ [`${ACCOUNT}:variable:prod/circleci-token`]: 'circle-abc-123', [`${ACCOUNT}:variable:plain`]: 'p' });
  });

  it('rejects missing, malformed, forged or tampered tokens with 401', async () => {
    const url = `${conjur.url}/secrets/${ACCOUNT}/variable/plain`;
    const good = JSON.parse(await (await authenticate()).text());
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', iat: 1, exp: 9e9 })).toString('base64url');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');
    for (const headers of [
      {},
      { Authorization: 'Token token=""' },
      { Authorization: `Bearer ${b64(good)}` },
      header(b64({ ...good, payload: forgedPayload })),
      header(b64({ ...good, signature: good.signature.slice(0, -2) + 'AA' })),
      header('not-base64-json'),
    ]) {
      const res = await fetch(url, { headers });
      expect(res.status).toBe(401);
    }
    expect((await fetch(url, { headers: header(b64(good)) })).status).toBe(200);
  });

  it('answers 404 with Conjur’s JSON error for an unknown variable', async () => {
    const res = await fetch(`${conjur.url}/secrets/${ACCOUNT}/variable/prod%2Fx`, { headers: await tokenHeader() });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'Variable prod/x is empty or not found.',
        target: null,
        details: { code: 'not_found', target: 'id', message: `${ACCOUNT}:variable:prod/x` },
      },
    });
  });

  it('refuses a login whose "/" arrive unencoded, as Conjur’s route does', async () => {
    const res = await authenticate(LOGIN);
    expect(res.status).toBe(401);
  });

  it('with requireEncodedIds, refuses a variable id whose "/" arrive unencoded', async () => {
    const strict = await startConjur({ account: ACCOUNT, login: LOGIN, apiKey: API_KEY, variables: VARS, requireEncodedIds: true });
    try {
      const auth = await fetch(`${strict.url}/authn/${ACCOUNT}/${encodeURIComponent(LOGIN)}/authenticate`, { method: 'POST', body: API_KEY });
      const headers = header(Buffer.from(await auth.text()).toString('base64'));
      expect((await fetch(`${strict.url}/secrets/${ACCOUNT}/variable/prod%2Fcircleci-token`, { headers })).status).toBe(200);
      expect((await fetch(`${strict.url}/secrets/${ACCOUNT}/variable/prod/circleci-token`, { headers })).status).toBe(404);
    } finally {
      await strict.close();
    }
  });
});
