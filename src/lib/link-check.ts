/**
 * Requests external URLs the way a reader's browser would and says, for each,
 * whether it still leads somewhere: undici for HTTP (redirects followed by
 * hand, so every hop is seen), p-limit for a global and a per-host limit.
 * Used by `npm run check:links`; the tests point it at a server on 127.0.0.1.
 */
import type { LookupFunction } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, request } from 'undici';

export interface LinkTarget {
  url: string;
  method: 'GET' | 'HEAD';
  /** An API endpoint requested without credentials: any answer but 404, 410 or a server error shows it is there. */
  api: boolean;
}

/**
 * - ok: answered 2xx (an API endpoint: also 401, 403 and the like), without redirects
 * - redirected: the same, after one or more redirects: the guide should link the final URL
 * - broken: 404 or 410 (possibly after redirects), or the host name does not resolve
 * - server-error: 5xx
 * - timeout: no complete answer in time
 * - refused: another 4xx, such as 403 from bot protection or 429: open the page in a browser to judge
 * - failed: no HTTP answer for another reason (connection refused, TLS error, a redirect loop)
 */
export type LinkOutcome = 'ok' | 'redirected' | 'broken' | 'server-error' | 'timeout' | 'refused' | 'failed';

export interface LinkResult {
  outcome: LinkOutcome;
  /** The last HTTP status received. */
  status?: number;
  /** Where the redirects ended, when there were any. */
  finalUrl?: string;
  /** Why there was no usable HTTP answer. */
  error?: string;
  attempts: number;
}

export interface CheckOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests in flight at once to one host: documentation sites throttle bursts. */
  perHost: number;
  /** For one attempt, redirects included. */
  timeoutMs: number;
  /** Wait before the one retry of a timeout, a server error, a 429 or a network failure. */
  retryDelayMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Resolves host names instead of the system's resolver: lets the tests fake a DNS failure without a network. */
  lookup?: LookupFunction;
}

/** Some documentation hosts answer 403 to clients that do not look like a browser. */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  concurrency: 8,
  perHost: 2,
  timeoutMs: 15_000,
  retryDelayMs: 2_000,
  maxRedirects: 10,
  userAgent: BROWSER_USER_AGENT,
};

/** Checks each target once (retrying once where that can help); results are in the order of the targets. */
export async function checkLinks(targets: LinkTarget[], options: Partial<CheckOptions> = {}): Promise<LinkResult[]> {
  const settings = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const agent = new Agent({
    connect: { timeout: settings.timeoutMs, ...(settings.lookup && { lookup: settings.lookup }) },
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
  });
  const everyHost = pLimit(settings.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const hostLimit = (url: string) => {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, pLimit(settings.perHost));
    return hosts.get(host)!;
  };
  try {
    // The host's slot first, then a global one, so a queue for one busy host never holds global slots.
    return await Promise.all(
      targets.map((target) =>
        URL.canParse(target.url)
          ? hostLimit(target.url)(() => everyHost(() => checkWithRetry(target, settings, agent)))
          : { outcome: 'broken' as const, error: 'not a valid URL', attempts: 0 },
      ),
    );
  } finally {
    await agent.destroy();
  }
}

async function checkWithRetry(target: LinkTarget, settings: CheckOptions, agent: Agent): Promise<LinkResult> {
  const first = await attempt(target, settings, agent);
  if (!worthRetrying(first)) return { ...first, attempts: 1 };
  await sleep(settings.retryDelayMs);
  return { ...(await attempt(target, settings, agent)), attempts: 2 };
}

/** What may pass a second time: timeouts, server errors, 429 and network failures; not a 404 or a redirect loop. */
function worthRetrying(result: Omit<LinkResult, 'attempts'>): boolean {
  if (result.outcome === 'failed') return result.status === undefined;
  return result.outcome === 'timeout' || result.outcome === 'server-error' || result.status === 429;
}

async function attempt(target: LinkTarget, settings: CheckOptions, agent: Agent): Promise<Omit<LinkResult, 'attempts'>> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = target.url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, {
        method: target.method,
        dispatcher: agent,
        signal,
        headers: {
          'user-agent': settings.userAgent,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'accept-language': 'en-US,en;q=0.9',
        },
      });
      // Only the status matters; read a little of the body so the connection can be reused, then drop it.
      await response.body.dump({ limit: 64 * 1024, signal });
      const location = response.headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
        if (redirects === settings.maxRedirects) return { outcome: 'failed', status: response.statusCode, error: `more than ${settings.maxRedirects} redirects` };
        url = new URL(location, url).href;
        continue;
      }
      const finalUrl = redirects > 0 ? { finalUrl: url } : {};
      return { outcome: classify(response.statusCode, target.api, redirects > 0), status: response.statusCode, ...finalUrl };
    }
  } catch (error) {
    if (signal.aborted || /timeout/i.test(errorCode(error))) return { outcome: 'timeout', error: `no answer within ${settings.timeoutMs / 1000} s` };
    const code = errorCode(error);
    if (code === 'ENOTFOUND') return { outcome: 'broken', error: `DNS: no such host ${new URL(url).hostname}` };
    return { outcome: 'failed', error: code || (error as Error).message };
  }
}

function classify(status: number, api: boolean, redirected: boolean): LinkOutcome {
  if (status === 404 || status === 410) return 'broken';
  if (status >= 500) return 'server-error';
  const answered = (status >= 200 && status < 300) || (api && status >= 400 && status !== 429);
  if (!answered) return 'refused';
  return redirected ? 'redirected' : 'ok';
}

/** Node and undici put the error code on the error or on its cause (ENOTFOUND, ECONNREFUSED, UND_ERR_HEADERS_TIMEOUT…). */
function errorCode(error: unknown): string {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return String(code ?? cause?.code ?? '');
}
