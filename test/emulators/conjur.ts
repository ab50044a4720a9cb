// CyberArk Conjur (OSS / v5 API) emulator: authenticate with an API key to
// get a short-lived access token, then read a variable with that token.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeServer, createEmulatorServer, listenLocal, readBody, sendJson, type TlsIdentity } from './util.js';

export interface ConjurOptions {
  account: string;
  /** e.g. "admin" or "host/ci/app". */
  login: string;
  apiKey: string;
  /** Variable id (e.g. "prod/circleci-token") → value. */
  variables: Record<string, string>;
  /** Serve HTTPS with this certificate instead of plain HTTP. */
  tls?: TlsIdentity;
  /**
   * Refuse a variable id whose "/" arrive unencoded. Real Conjur's secrets
   * route globs the id, so it tolerates them; its docs ask for the encoded
   * form, and this makes the tests hold programs to it.
   */
  requireEncodedIds?: boolean;
  /** Accept connections and requests but never answer, like a server that hangs. */
  silent?: boolean;
}

const TOKEN_TTL_MS = 8 * 60 * 1000; // Conjur access tokens live 8 minutes
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

export async function startConjur(opts: ConjurOptions): Promise<{ url: string; close(): Promise<void> }> {
  // Real Conjur signs tokens with an RSA "slosilo" key; an HMAC key is enough
  // here since only this emulator ever verifies them.
  const signingKey = randomBytes(32);
  const kid = randomBytes(16).toString('hex');
  const issued = new Map<string, number>(); // signature → expiry (ms)

  function issueToken(): string {
    const now = Math.floor(Date.now() / 1000);
    const prot = b64url(JSON.stringify({ alg: 'conjur.org/slosilo/v2', kid }));
    const payload = b64url(JSON.stringify({ sub: opts.login, iat: now, exp: now + TOKEN_TTL_MS / 1000 }));
    const signature = b64url(createHmac('sha256', signingKey).update(`${prot}.${payload}`).digest());
    issued.set(signature, Date.now() + TOKEN_TTL_MS);
    return JSON.stringify({ protected: prot, payload, signature });
  }

  /** Accept `Authorization: Token token="<base64 of the token JSON>"` for a live token we issued. */
  function validToken(header: string | undefined): boolean {
    const m = /^Token token="([^"]+)"$/.exec(header ?? '');
    if (!m) return false;
    try {
      const tok = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as Record<string, unknown>;
      const { protected: prot, payload, signature } = tok;
      if (typeof prot !== 'string' || typeof payload !== 'string' || typeof signature !== 'string') return false;
      const expected = b64url(createHmac('sha256', signingKey).update(`${prot}.${payload}`).digest());
      const expiry = issued.get(signature);
      return same(signature, expected) && expiry !== undefined && expiry > Date.now();
    } catch {
      return false;
    }
  }

  const notFound = (id: string) => ({
    error: {
      code: 'not_found',
      message: `Variable ${id} is empty or not found.`,
      target: null,
      details: { code: 'not_found', target: 'id', message: `${opts.account}:variable:${id}` },
    },
  });

  const server = createEmulatorServer(async (req, res) => {
    if (opts.silent) return;
    const body = await readBody(req);
    // Paths stay raw (still URL-encoded) so "host%2Fci%2Fapp" is one segment.
    // Conjur Enterprise/Cloud put the same API under /api, so accept that too.
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = (q < 0 ? rawUrl : rawUrl.slice(0, q)).replace(/^\/api(?=\/)/, '');
    const unauthorized = () => {
      res.writeHead(401, { 'Content-Length': 0 });
      res.end();
    };

    // POST /authn/<account>/<login>/authenticate, API key as the raw body. Like
    // Conjur's route, the login is one path segment: "host/ci/app" must arrive
    // as "host%2Fci%2Fapp", or no route matches.
    const authn = /^\/authn\/([^/]+)\/([^/]+)\/authenticate$/.exec(path);
    if (authn && req.method === 'POST') {
      // Both groups are mandatory in the pattern, so a match has them.
      const login = decode(authn[2]!);
      if (decode(authn[1]!) !== opts.account || login !== opts.login || !same(body.toString('utf8'), opts.apiKey)) {
        return unauthorized();
      }
      const token = issueToken();
      // Clients that send "Accept-Encoding: base64" get the header-ready form.
      if (/\bbase64\b/i.test(req.headers['accept-encoding'] ?? '')) {
        const b64 = Buffer.from(token).toString('base64');
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'base64', 'Content-Length': b64.length });
        return res.end(b64);
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(token) });
      return res.end(token);
    }

    // Everything below needs a valid access token.
    if (!validToken(req.headers.authorization)) return unauthorized();

    // GET /secrets/<account>/variable/<id>; the id is normally URL-encoded
    // ("prod%2Fcircleci-token"); raw slashes only unless requireEncodedIds.
    const single = (opts.requireEncodedIds ? /^\/secrets\/([^/]+)\/variable\/([^/]+)$/ : /^\/secrets\/([^/]+)\/variable\/(.+)$/).exec(path);
    if (single && req.method === 'GET') {
      // Both groups are mandatory in the pattern, so a match has them.
      const id = decode(single[2]!) ?? '';
      const value = decode(single[1]!) === opts.account && Object.hasOwn(opts.variables, id) ? opts.variables[id] : undefined;
      if (value === undefined) return sendJson(res, 404, notFound(id));
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': Buffer.byteLength(value) });
      return res.end(value);
    }

    // Batch read: GET /secrets?variable_ids=<acct>:variable:<id>,... → JSON map.
    if (path === '/secrets' && req.method === 'GET') {
      const ids = (new URL(req.url ?? '/', 'http://conjur.local').searchParams.get('variable_ids') ?? '').split(',');
      const out: Record<string, string> = {};
      for (const full of ids) {
        const prefix = `${opts.account}:variable:`;
        const id = full.startsWith(prefix) ? full.slice(prefix.length) : undefined;
        const value = id !== undefined && Object.hasOwn(opts.variables, id) ? opts.variables[id] : undefined;
        if (value === undefined) return sendJson(res, 404, notFound(id ?? full));
        out[full] = value;
      }
      return sendJson(res, 200, out);
    }

    return sendJson(res, 404, { error: { code: 'not_found', message: 'Not found', target: null, details: null } });
  }, opts.tls);

  const url = await listenLocal(server);
  return { url, close: () => closeServer(server) };
}
