/** Highlighted code is the program's exact text in as few elements as its colours need. */
import { describe, expect, it } from 'vitest';
import { highlightCode, TOKEN_PALETTE } from '../../src/generator/highlight';

const PROGRAM = 'import os\n\n# Read it once.\nvalue = os.environ["CI_TOKEN"].strip()\nprint(f"CI token: {len(value)} characters")\n';
const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x3C;': '<', '&lt;': '<', '&gt;': '>', '&#x26;': '&', '&amp;': '&' };
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(?:quot|#39|#x3C|lt|gt|#x26|amp);/g, (entity) => ENTITIES[entity]!);

describe('highlightCode', () => {
  it('keeps the program text exactly', async () => {
    expect(textOf(await highlightCode(PROGRAM, 'python'))).toBe(PROGRAM);
  });

  it('has no per-line wrappers, no bare spans and no two neighbouring tokens of one colour', async () => {
    const html = await highlightCode(PROGRAM, 'python');
    expect(html).not.toContain('class="line"');
    expect(html).not.toMatch(/<span(?: class="")?>/);
    expect(html).not.toMatch(/<(t-\d+)>[^<]*<\/\1><\1>/);
    expect(html).toMatch(/<t-\d+>[^<]+<\/t-\d+>/);
  });

  it('gives operators and punctuation the text colour, and keywords their red', async () => {
    const html = await highlightCode('value = 1 if ready else 2\n', 'python');
    const keyword = TOKEN_PALETTE.elements.get('#cf222e #ff7b72')!;
    expect(html).toContain(`<${keyword}>if</${keyword}>`);
    expect(html).not.toMatch(/<t-\d+>\s*=\s*<\/t-\d+>/);
  });

  it('keeps the element that marks a parameter, so "Use your names" can replace its text', async () => {
    const start = PROGRAM.indexOf('CI_TOKEN');
    const html = await highlightCode(PROGRAM, 'python', [{ field: 'envVar', start, end: start + 'CI_TOKEN'.length }]);
    // Shiki puts the mark on the token's own span when the token is exactly the value; it never merges with a neighbour.
    expect(html).toMatch(/<(t-\d+|span)[^>]*\sdata-param="envVar"[^>]*>CI_TOKEN<\/\1>/);
    expect(textOf(html)).toBe(PROGRAM);
  });
});
