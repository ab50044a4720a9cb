/** The colours of highlighted code, as classes (see src/generator/highlight.ts). */
import { codeColorStylesheet } from '../generator/highlight';

export async function GET(): Promise<Response> {
  return new Response(await codeColorStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
