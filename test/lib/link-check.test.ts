/** The link checker against a server on 127.0.0.1: each kind of answer gets the outcome a maintainer needs. */
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type CheckOptions, type LinkTarget } from '../../src/lib/link-check';
import { startLinkServer, type LinkServer } from '../support/link-server';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

// Generous for answers that come (the machine may be busy); the hanging endpoint gets its own short timeout.
const FAST: Partial<CheckOptions> = { timeoutMs: 5_000, retryDelayMs: 0 };
const page = (path: string, base = server.base): LinkTarget => ({ url: `${base}${path}`, method: 'GET', api: false });

async function checkOne(target: LinkTarget, options: Partial<CheckOptions> = {}) {
  const [result] = await checkLinks([target], { ...FAST, ...options });
  return result!;
}

describe('checkLinks', () => {
  it('reports a page that answers 200 as ok, on the first attempt', async () => {
    expect(await checkOne(page('/ok'))).toEqual({ outcome: 'ok', status: 200, attempts: 1 });
  });

  it('follows a 301 and reports where it ends, so the guide can link there', async () => {
    expect(await checkOne(page('/moved'))).toEqual({ outcome: 'redirected', status: 200, finalUrl: `${server.base}/ok`, attempts: 1 });
  });

  it.each(['/gone', '/removed'])('reports %s (404, 410) as broken without retrying', async (path) => {
    const result = await checkOne(page(path));
    expect(result).toMatchObject({ outcome: 'broken', attempts: 1 });
    expect([404, 410]).toContain(result.status);
  });

  it('reports a redirect to a missing page as broken, with the final URL', async () => {
    expect(await checkOne(page('/moved-to-gone'))).toEqual({
      outcome: 'broken',
      status: 404,
      finalUrl: `${server.base}/gone`,
      attempts: 1,
    });
  });

  it('reports a 500 as a server error after one retry', async () => {
    expect(await checkOne(page('/error'))).toEqual({ outcome: 'server-error', status: 500, attempts: 2 });
  });

  it('retries once, so a passing failure is not reported', async () => {
    expect(await checkOne(page('/flaky?once'))).toEqual({ outcome: 'ok', status: 200, attempts: 2 });
  });

  it('gives up on an endpoint that never answers: a timeout, after one retry', async () => {
    expect(await checkOne(page('/hang'), { timeoutMs: 200 })).toEqual({
      outcome: 'timeout',
      error: 'no answer within 0.2 s',
      attempts: 2,
    });
  });

  it('reports a host name that does not resolve as broken', async () => {
    const asked: string[] = [];
    const nowhere: LookupFunction = (hostname, _options, callback) => {
      asked.push(hostname);
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
    };
    expect(await checkOne(page('/ok', 'http://docs.example.invalid'), { lookup: nowhere })).toEqual({
      outcome: 'broken',
      error: 'DNS: no such host docs.example.invalid',
      attempts: 1,
    });
    expect(asked).toEqual(['docs.example.invalid']);
  });

  it('reports a malformed URL as broken without requesting it', async () => {
    expect(await checkOne(page('/ok', 'https://docs.exa mple.com'))).toEqual({ outcome: 'broken', error: 'not a valid URL', attempts: 0 });
  });

  it('stops following a redirect loop', async () => {
    expect(await checkOne(page('/loop'), { maxRedirects: 3 })).toEqual({
      outcome: 'failed',
      status: 302,
      error: 'more than 3 redirects',
      attempts: 1,
    });
  });

  it('counts a 401 from an API endpoint, asked without a token, as reachable; the same answer to a page is refused', async () => {
    expect(await checkOne({ url: `${server.base}/api`, method: 'HEAD', api: true })).toEqual({ outcome: 'ok', status: 401, attempts: 1 });
    expect(server.requests.at(-1)).toMatchObject({ method: 'HEAD', path: '/api' });
    expect(await checkOne(page('/forbidden'))).toEqual({ outcome: 'refused', status: 403, attempts: 1 });
  });

  it('presents itself as a browser', async () => {
    await checkOne(page('/ok?agent'));
    const request = server.requests.find((r) => r.path === '/ok?agent')!;
    expect(request.userAgent).toMatch(/^Mozilla\/5\.0 \(.+\) AppleWebKit\/.+ Chrome\//);
  });

  it('keeps to the per-host limit', async () => {
    const targets = [...Array(6).keys()].map((i) => page(`/slow?host-${i}`));
    server.load.max = 0;
    const results = await checkLinks(targets, { ...FAST, perHost: 2, concurrency: 8 });
    expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'ok'));
    expect(server.load.max).toBe(2);
  });

  it('keeps to the global limit across hosts, and returns results in the order asked', async () => {
    const both = { inFlight: 0, max: 0 };
    const [one, two] = [await startLinkServer(both), await startLinkServer(both)];
    try {
      const targets = [...Array(4).keys()].flatMap((i) => [page(`/slow?${i}`, one.base), page(`/slow-gone?${i}`, two.base)]);
      const results = await checkLinks(targets, { ...FAST, perHost: 2, concurrency: 3 });
      expect(results.map((r) => r.outcome)).toEqual(targets.map((t) => (t.url.includes('gone') ? 'broken' : 'ok')));
      expect(both.max).toBe(3);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
