/** Highlighted code carries token elements, never inline styles, and every token element it uses has a colour. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeColorStylesheet, tokenStyle, TOKEN_PALETTE } from '../../src/generator/highlight';
import { builtPages, DIST, readPage } from '../support/site';

describe('code colours', () => {
  const css = readdirSync(join(DIST, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'))
    .join('\n');

  it('gives each token colour one element, and the default text colour none', () => {
    expect(tokenStyle('--shiki-light:#0550AE;--shiki-dark:#79C0FF;--shiki-dark-font-style:italic')).toEqual({
      element: TOKEN_PALETTE.elements.get('#0550ae #79c0ff'),
      classes: ['d-i'],
    });
    expect(tokenStyle('--shiki-light:#1F2328;--shiki-dark:#E6EDF3')).toEqual({ classes: [] });
  });

  it('colours each token element for both themes in one rule', () => {
    expect(codeColorStylesheet()).toContain(`.shiki ${TOKEN_PALETTE.elements.get('#0550ae #79c0ff')}{color:light-dark(#0550ae,#79c0ff)}`);
  });

  it('fails the build on a colour pair the palette does not know, rather than show code in the wrong colour', () => {
    expect(() => tokenStyle('--shiki-light:#D73A49;--shiki-dark:#F97583')).toThrow(/no element for the token colours #d73a49 #f97583/);
  });

  it.each(builtPages().filter((p) => p !== '/404.html'))('%s: no inline style, every token element and font class defined', (page) => {
    const html = readPage(page);
    expect(html).not.toMatch(/\sstyle="/);
    const elements = new Set([...html.matchAll(/<(t-\d+)[\s>]/g)].map((m) => m[1]!));
    expect([...elements].filter((element) => !css.includes(`.shiki ${element}{`))).toEqual([]);
    const fontClasses = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => /^[ld]-[ibu]$/.test(c)));
    expect([...fontClasses].filter((cls) => !css.includes(`.${cls}{`))).toEqual([]);
  });
});
