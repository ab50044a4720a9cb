/** Highlighted code carries colour classes, never inline styles, and every class it uses is defined. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { styleToClasses } from '../../src/generator/highlight';
import { builtPages, readPage } from '../support/site';

describe('code colours', () => {
  const css = readFileSync('dist/code-colors.css', 'utf8');

  it('maps Shiki styles to classes', () => {
    expect(styleToClasses('--shiki-light:#D73A49;--shiki-dark:#F97583;--shiki-dark-font-style:italic')).toEqual([
      'l-d73a49',
      'd-f97583',
      'd-i',
    ]);
  });

  it.each(builtPages().filter((p) => p !== '/404.html'))('%s: no inline style, every colour class defined', (page) => {
    const html = readPage(page);
    expect(html).not.toMatch(/\sstyle="/);
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => /^[ld]-[0-9a-z]+$/.test(c)));
    expect([...used].filter((cls) => !css.includes(`.${cls} `))).toEqual([]);
  });
});
