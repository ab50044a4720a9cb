/**
 * The site's security policy, in one place: BaseLayout puts it in a <meta>
 * of every page (so it holds on any host), and /_headers repeats it for static
 * hosts that honour that file. Scripts come only from the site's own files;
 * Pagefind's WebAssembly needs 'wasm-unsafe-eval', and nothing else is unsafe.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'no-referrer';

/** The _headers file (Netlify and Cloudflare Pages syntax); frame-ancestors only works as a real header. */
export function headersFile(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '',
  ].join('\n');
}
