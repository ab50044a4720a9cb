/** Highlighted code carries colour classes, never inline styles, and every class it uses is defined. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { styleToClasses, TOKEN_PALETTE } from '../../src/generator/highlight';
import { builtPages, readPage } from '../support/site';

describe('code colours', () => {
  const css = readFileSync('dist/code-colors.css', 'utf8');

  it('gives each token colour one class, and the default text colour none', () => {
    expect(styleToClasses('--shiki-light:#0550AE;--shiki-dark:#79C0FF;--shiki-dark-font-style:italic')).toEqual([
      TOKEN_PALETTE.classes.get('#0550ae #79c0ff'),
      'd-i',
    ]);
    expect(styleToClasses('--shiki-light:#1F2328;--shiki-dark:#E6EDF3')).toEqual([]);
  });

  it('fails the build on a colour pair the palette does not know, rather than show code in the wrong colour', () => {
    expect(() => styleToClasses('--shiki-light:#D73A49;--shiki-dark:#F97583')).toThrow(/no class for the token colours #d73a49 #f97583/);
  });

  it.each(builtPages().filter((p) => p !== '/404.html'))('%s: no inline style, every colour class defined', (page) => {
    const html = readPage(page);
    expect(html).not.toMatch(/\sstyle="/);
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => /^(?:t\d+|[ld]-[ibu])$/.test(c)));
    expect([...used].filter((cls) => !css.includes(`.${cls} `))).toEqual([]);
  });
});
