/**
 * Build-time syntax highlighting. One highlighter for the whole build
 * (creating one per snippet makes the build super-linear). Colours become
 * classes, not inline styles: the pages stay small and the Content-Security-
 * Policy needs no 'unsafe-inline' for styles. code-colors.css defines them.
 */
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { ACCESS_POLICY_FORMATS, LANGUAGES } from './catalog';
import type { ParameterMark } from './render';

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: [...Object.values(LANGUAGES).map((l) => l.shiki), ...ACCESS_POLICY_FORMATS, 'shellscript'],
  });
  return highlighter;
}

const FONT_STYLES: Record<string, string> = { italic: 'i', bold: 'b', underline: 'u' };

/** "--shiki-light:#D73A49;--shiki-dark-font-style:italic" → ["l-d73a49", "d-i"]. Unknown declarations are kept out. */
export function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const match = /^--shiki-(light|dark)(-bg|-font-style)?:\s*(.+)$/.exec(declaration.trim());
    if (!match) continue;
    const [, theme, kind, value] = match;
    const prefix = theme === 'light' ? 'l' : 'd';
    if (kind === '-bg') continue; // The page's stylesheet sets the block background.
    if (kind === '-font-style') {
      for (const word of value!.split(/\s+/)) if (FONT_STYLES[word]) classes.push(`${prefix}-${FONT_STYLES[word]}`);
    } else if (/^#[0-9a-f]{3,8}$/i.test(value!)) {
      classes.push(`${prefix}-${value!.slice(1).toLowerCase()}`);
    }
  }
  return classes;
}

/** Replaces Shiki's inline colour styles with classes; used for snippets and Markdown code blocks alike. */
export const colorClassesTransformer: ShikiTransformer = {
  name: 'leakfix:color-classes',
  pre(node) {
    delete node.properties.style;
    // Astro names Markdown blocks "astro-code"; code-colors.css keys on "shiki" for both.
    this.addClassToHast(node, 'shiki');
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    const classes = styleToClasses(style);
    if (classes.length > 0) this.addClassToHast(node, classes);
  },
};

/**
 * Highlights a program. Each mark's characters are wrapped in an element whose
 * data-param names the parameter, so the page can replace the value in place.
 */
export async function highlightCode(code: string, lang: string, marks: ParameterMark[] = []): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    decorations: marks.map(({ field, start, end }) => ({ start, end, properties: { 'data-param': field } })),
    themes: CODE_THEMES,
    defaultColor: false,
    transformers: [colorClassesTransformer],
  });
}

/** Every colour either theme can produce, as the classes styleToClasses names. */
export async function codeColorStylesheet(): Promise<string> {
  const rules: string[] = [];
  const dark = [':root[data-theme="dark"]', '@media (prefers-color-scheme: dark) { :root:not([data-theme="light"])'];
  const shiki = await getHighlighter();
  for (const [mode, name] of Object.entries(CODE_THEMES)) {
    const theme = shiki.getTheme(name);
    const colors = new Set(
      [theme.fg, ...theme.settings.map((s) => s.settings.foreground)].filter((c): c is string => Boolean(c)).map((c) => c.toLowerCase()),
    );
    for (const color of [...colors].sort()) {
      const cls = `.shiki .${mode === 'light' ? 'l' : 'd'}-${color.slice(1)}`;
      if (mode === 'light') rules.push(`${cls} { color: ${color}; }`);
      else rules.push(`${dark[0]} ${cls} { color: ${color}; }`, `${dark[1]} ${cls} { color: ${color}; } }`);
    }
  }
  const font = { i: 'font-style: italic', b: 'font-weight: bold', u: 'text-decoration: underline' };
  for (const [key, declaration] of Object.entries(font)) {
    rules.push(`.shiki .l-${key} { ${declaration}; }`);
    rules.push(`${dark[0]} .shiki .d-${key} { ${declaration}; }`, `${dark[1]} .shiki .d-${key} { ${declaration}; } }`);
  }
  return `/* Generated from the Shiki themes ${CODE_THEMES.light} and ${CODE_THEMES.dark}; see src/generator/highlight.ts. */\n${rules.join('\n')}\n`;
}
