/**
 * A web server on 127.0.0.1 with one path per kind of answer a link can get,
 * for the link checker's tests: nothing they request leaves this machine.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { closeServer, listenLocal } from '../emulators/util';

export interface LinkServer {
  base: string;
  /** Requests received, in order. */
  requests: { method: string; path: string; userAgent: string }[];
  /** Requests in progress now, and the most at once; servers started with the same object count together. */
  load: Load;
  close(): Promise<void>;
}

export interface Load {
  inFlight: number;
  max: number;
}

export async function startLinkServer(load: Load = { inFlight: 0, max: 0 }): Promise<LinkServer> {
  const flaky = new Set<string>();
  const state: Omit<LinkServer, 'base' | 'close'> = { requests: [], load };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    state.requests.push({ method: req.method ?? '', path, userAgent: req.headers['user-agent'] ?? '' });
    load.inFlight++;
    load.max = Math.max(load.max, load.inFlight);
    res.on('close', () => load.inFlight--);
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html', ...headers });
      res.end(`<!doctype html><title>${status}</title>`);
    };
    const route = path.split('?')[0];
    if (route === '/ok') send(200);
    else if (route === '/moved') send(301, { location: '/ok' });
    else if (route === '/moved-to-gone') send(302, { location: `${base}/gone` });
    else if (route === '/loop') send(302, { location: '/loop' });
    else if (route === '/gone') send(404);
    else if (route === '/removed') send(410);
    else if (route === '/error') send(500);
    else if (route === '/flaky') {
      // Fails the first time each query string is asked, then works: a retry must recover it.
      if (flaky.has(path)) send(200);
      else {
        flaky.add(path);
        send(503);
      }
    } else if (route === '/api') send(401, { 'content-type': 'application/json' });
    else if (route === '/forbidden') send(403);
    // Long enough that requests sent together are all in progress at once, even on a busy machine.
    else if (route === '/slow') setTimeout(() => send(200), 300);
    else if (route === '/slow-gone') setTimeout(() => send(404), 300);
    else if (route === '/hang') return; // never answers
    else send(404);
  });
  const base = await listenLocal(server);
  return Object.assign(state, { base, close: () => closeServer(server) });
}
