// HashiCorp Vault emulator: just enough of the HTTP API for a KV v2 read,
// shaped exactly like Vault's responses so hvac, the Go client, node-vault
// and plain curl/fetch code behave as they would against a real server.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { closeServer, createEmulatorServer, listenLocal, sendJson, type TlsIdentity } from './util.js';

export interface VaultOptions {
  token: string;
  /** "<mount>/<path>" → key/value pairs, e.g. "secret/prod/app" → { token: "…" }. */
  secrets: Record<string, Record<string, string>>;
  /** Serve HTTPS with this certificate instead of plain HTTP. */
  tls?: TlsIdentity;
  /** The Enterprise/HCP namespace the token lives in: requests must name it in X-Vault-Namespace. */
  namespace?: string;
  /** Refuse requests without "X-Vault-Request: true", as Vault Agent and Vault Proxy do (require_request_header). */
  requireRequestHeader?: boolean;
  /** Every secret's latest version is soft-deleted (`vault kv delete`): reads answer 404 with its metadata. */
  deleted?: boolean;
  /** Accept connections and requests but never answer, like a server that hangs. */
  silent?: boolean;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startVault(opts: VaultOptions): Promise<{ url: string; close(): Promise<void> }> {
  const createdTime = new Date(Date.now() - 60_000).toISOString();
  const deletionTime = new Date().toISOString();
  const mounts = new Set(Object.keys(opts.secrets).map((k) => k.split('/')[0]));

  const server = createEmulatorServer((req, res) => {
    if (opts.silent) return;
    const url = new URL(req.url ?? '/', 'http://vault.local');
    const path = url.pathname;
    // Vault returns an empty error list for anything it has no route for.
    const notFound = () => sendJson(res, 404, { errors: [] });

    // Health needs no token; clients (and `vault status`) probe it first.
    if (path === '/v1/sys/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendJson(res, 200, {
        initialized: true,
        sealed: false,
        standby: false,
        performance_standby: false,
        replication_performance_mode: 'disabled',
        replication_dr_mode: 'disabled',
        server_time_utc: Math.floor(Date.now() / 1000),
        version: '1.15.0',
        cluster_name: 'vault-emulator',
        cluster_id: '00000000-0000-0000-0000-000000000000',
      });
    }

    // Vault accepts the token as X-Vault-Token or as a Bearer token.
    const header = req.headers['x-vault-token'];
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = (Array.isArray(header) ? header[0] : header) ?? bearer;
    // Like Vault, the token is checked before the path, so a bad token never
    // reveals whether a path exists.
    if (!sameToken(token, opts.token)) return sendJson(res, 403, { errors: ['permission denied'] });
    // Vault Agent's answer to a request without the SSRF-protection header.
    if (opts.requireRequestHeader && req.headers['x-vault-request'] !== 'true') {
      return sendJson(res, 412, { errors: ['missing \'X-Vault-Request\' header'] });
    }
    // A token of one namespace is unknown in another (or in the root namespace).
    const namespace = (req.headers['x-vault-namespace'] as string | undefined)?.replace(/^\/+|\/+$/g, '');
    if (namespace !== opts.namespace?.replace(/^\/+|\/+$/g, '')) return sendJson(res, 403, { errors: ['permission denied'] });
    if (req.method !== 'GET') return notFound();

    // `vault kv get` asks which KV version a mount is before reading.
    const ui = /^\/v1\/sys\/internal\/ui\/mounts\/([^/]+)/.exec(path);
    if (ui && mounts.has(ui[1])) {
      return sendJson(res, 200, {
        request_id: randomUUID(), lease_id: '', renewable: false, lease_duration: 0,
        data: { path: `${ui[1]}/`, type: 'kv', options: { version: '2' }, description: '' },
        wrap_info: null, warnings: null, auth: null,
      });
    }

    // KV v2 read: /v1/<mount>/data/<path>
    const m = /^\/v1\/([^/]+)\/data\/(.+)$/.exec(path);
    if (!m) return notFound();
    const key = `${m[1]}/${decodeURIComponent(m[2]!)}`; // both groups are mandatory in the pattern
    const data = opts.secrets[key];
    // Every secret exists at version 1 only; version=0 means "latest".
    const version = url.searchParams.get('version');
    if (data === undefined || (version !== null && version !== '0' && version !== '1')) return notFound();
    // A soft-deleted version answers 404 with null data and its metadata, as Vault does.
    return sendJson(res, opts.deleted ? 404 : 200, {
      request_id: randomUUID(),
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      data: {
        data: opts.deleted ? null : { ...data },
        metadata: {
          created_time: createdTime,
          custom_metadata: null,
          deletion_time: opts.deleted ? deletionTime : '',
          destroyed: false,
          version: 1,
        },
      },
      wrap_info: null,
      warnings: null,
      auth: null,
    });
  }, opts.tls);

  const url = await listenLocal(server);
  return { url, close: () => closeServer(server) };
}
