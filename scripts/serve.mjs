#!/usr/bin/env node
// Serves a built folder the way a plain static host does: files as they are,
// /path/ → /path/index.html, 404.html for anything else. No dependencies.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export function createStaticServer(root, base = '/') {
  const top = resolve(root);
  const find = (path) => {
    try {
      const file = join(top, normalize(decodeURIComponent(path)));
      if (!file.startsWith(top)) return undefined;
      const stat = statSync(file);
      if (stat.isFile()) return file;
      if (stat.isDirectory() && path.endsWith('/')) return find(join(path, 'index.html'));
    } catch {
      return undefined;
    }
    return undefined;
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    if (!path.startsWith(base)) path = '/\0';
    else path = '/' + path.slice(base.length);
    const file = find(path);
    if (!file && find(path + '/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      return res.end();
    }
    const target = file ?? find('/404.html');
    res.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(target ?? '')] ?? 'application/octet-stream',
      'Referrer-Policy': 'no-referrer',
    });
    if (!target) return res.end('Not found');
    createReadStream(target).pipe(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321'] = process.argv.slice(2);
  const base = process.env.LEAKFIX_BASE ?? '/';
  createStaticServer(root, base).listen(Number(port), '127.0.0.1', () => {
    console.log(`Leakfix is served at http://localhost:${port}${base}`);
  });
}
