/**
 * Build-time syntax highlighting. One highlighter for the whole build (creating
 * one per snippet makes the build super-linear), light and dark colours in one
 * markup as CSS variables, switched by the site's stylesheet.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { LANGUAGES } from './catalog';

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: ['github-light', 'github-dark'],
    langs: [...Object.values(LANGUAGES).map((l) => l.shiki), 'shellscript'],
  });
  return highlighter;
}

export async function highlightCode(code: string, lang: string): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });
}
