/** dist/_headers: the security headers for static hosts that read this file. */
import { headersFile } from '../lib/security-headers';

export function GET(): Response {
  return new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
