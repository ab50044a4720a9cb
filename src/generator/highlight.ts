/**
 * Build-time syntax highlighting. One highlighter for the whole build
 * (creating one per snippet makes the build super-linear). Colours become
 * token elements, not inline styles: the pages stay small and the Content-
 * Security-Policy needs no 'unsafe-inline' for styles. codeColorStylesheet()
 * colours them, bundled into the site's stylesheet (astro.config.mjs).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
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

/** A theme as Shiki ships it: its default text colour and its colour for each list of scopes. */
interface ThemeColors {
  fg?: string;
  colors?: Record<string, string>;
  /** Shiki's name for VS Code's tokenColors, which the theme files use. */
  settings?: ThemeSetting[];
  tokenColors?: ThemeSetting[];
}
type ThemeSetting = { scope?: string | string[]; settings: { foreground?: string } };

/**
 * One element name per token colour. The two GitHub themes colour every scope in pairs (a light colour always goes
 * with the same dark one), so a token needs one short name rather than a class per theme: a guide's twenty programs
 * hold thousands of tokens, and the page-weight budget counts every byte. A token is a custom element, `<t-1>` rather
 * than `<span class="t1">`: HTML renders an undefined custom element as a plain inline element, and the name is half
 * the bytes. The names are numbered in the order of the light colours. Tokens in the default text colour are bare
 * text: the code block's own colour covers them.
 */
export function tokenPalette(light: ThemeColors, dark: ThemeColors): { defaults: [string, string]; elements: Map<string, string> } {
  const fg = (theme: ThemeColors) => (theme.fg ?? theme.colors?.['editor.foreground'] ?? '').toLowerCase();
  const settings = (theme: ThemeColors) => theme.settings ?? theme.tokenColors ?? [];
  const darkByScope = new Map(settings(dark).map((s) => [JSON.stringify(s.scope), s.settings.foreground?.toLowerCase()]));
  const darkOf = new Map<string, string>();
  for (const setting of settings(light)) {
    const lightColor = setting.settings.foreground?.toLowerCase();
    const darkColor = darkByScope.get(JSON.stringify(setting.scope));
    if (!lightColor || !darkColor) continue;
    const paired = darkOf.get(lightColor);
    if (paired && paired !== darkColor) {
      throw new Error(`highlight: the code themes pair the light colour ${lightColor} with both ${paired} and ${darkColor}; one element per token colour needs one pair`);
    }
    darkOf.set(lightColor, darkColor);
  }
  const elements = new Map<string, string>();
  [...darkOf].sort(([a], [b]) => a.localeCompare(b)).forEach(([lightColor, darkColor], i) => elements.set(`${lightColor} ${darkColor}`, `t-${i}`));
  return { defaults: [fg(light), fg(dark)], elements };
}

export const TOKEN_PALETTE = tokenPalette(githubLight, githubDark);

/** What a token becomes: the element of its colour (none for the default colour) and its font-style classes. */
export interface TokenStyle {
  element?: string;
  classes: string[];
}

/**
 * "--shiki-light:#0550AE;--shiki-dark:#79C0FF;--shiki-dark-font-style:italic" → { element: "t-0", classes: ["d-i"] };
 * the default text colour → no element. A colour pair the palette does not know fails the build rather than show
 * code in the wrong colour.
 */
export function tokenStyle(style: string): TokenStyle {
  const colors: Record<string, string> = {};
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const match = /^--shiki-(light|dark)(-bg|-font-style)?:\s*(.+)$/.exec(declaration.trim());
    if (!match) continue;
    const [, theme, kind, value] = match;
    if (kind === '-bg') continue; // The page's stylesheet sets the block background.
    if (kind === '-font-style') {
      const prefix = theme === 'light' ? 'l' : 'd';
      for (const word of value!.split(/\s+/)) if (FONT_STYLES[word]) classes.push(`${prefix}-${FONT_STYLES[word]}`);
    } else if (/^#[0-9a-f]{3,8}$/i.test(value!)) {
      colors[theme!] = value!.toLowerCase();
    }
  }
  const [lightDefault, darkDefault] = TOKEN_PALETTE.defaults;
  const pair = `${colors.light ?? lightDefault} ${colors.dark ?? darkDefault}`;
  if (pair === `${lightDefault} ${darkDefault}`) return { classes };
  const element = TOKEN_PALETTE.elements.get(pair);
  if (!element) throw new Error(`highlight: no element for the token colours ${pair} (see tokenPalette in src/generator/highlight.ts)`);
  return { element, classes };
}

/**
 * The GitHub themes give operators and punctuation (`=`, `:=`, `{`, `+`, Ruby's `#{`) the keyword red. Here they keep
 * the text colour, so the red marks words (`if`, `return`, `import`) and the code reads calmer; it also leaves a
 * guide's programs a few hundred token elements lighter.
 */
const KEYWORD_ELEMENT = TOKEN_PALETTE.elements.get('#cf222e #ff7b72');
const OPERATORS_ONLY = /^[\s=+\-*/%!<>:&|^~?.,;(){}[\]@#]+$/;

type HastNode = Element | ElementContent | Root;

const isToken = (node: ElementContent): node is Element => node.type === 'element' && /^(?:span|t-\d+)$/.test(node.tagName);

/** A token that carries nothing but its text: a line wrapper or a token in the default colour. */
const isBare = (node: ElementContent): node is Element =>
  isToken(node) && node.tagName === 'span' && Object.keys(node.properties).every((key) => key === 'class' && (node.properties.class === 'line' || (Array.isArray(node.properties.class) && node.properties.class.length === 0)));

/** Tokens that look the same: same element, same classes, no other attribute (a parameter mark never merges). */
const lookOf = (node: ElementContent): string | undefined =>
  isToken(node) && Object.keys(node.properties).every((key) => key === 'class') && node.children.every((c) => c.type === 'text')
    ? `${node.tagName} ${String(node.properties.class ?? '')}`
    : undefined;

const joinedText = (node: Element) => node.children.map((child) => (child as Text).value).join('');

/** Unwraps bare spans, then joins neighbouring text and neighbouring tokens that look the same: the same text, fewer bytes. */
function compact(children: ElementContent[]): ElementContent[] {
  const flat = children.flatMap((child) => (isBare(child) ? compact(child.children) : [child]));
  const out: ElementContent[] = [];
  for (const child of flat) {
    if (child.type === 'element') child.children = compact(child.children);
    const last = out.at(-1);
    if (last?.type === 'text' && child.type === 'text') {
      last.value += child.value;
    } else if (last && lookOf(last) !== undefined && lookOf(last) === lookOf(child)) {
      (last as Element).children = [{ type: 'text', value: joinedText(last as Element) + joinedText(child as Element) }];
    } else {
      out.push(child);
    }
  }
  return out;
}

/**
 * Moves the spaces around a token outside it ("<t-9>    if</t-9>" → "    <t-9>if</t-9>"): the same text, and every
 * `if` becomes the same bytes, which compress far better. Parameter marks keep their exact text.
 */
function trimTokens(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  for (const child of children) {
    if (lookOf(child) === undefined) {
      if (child.type === 'text') pushText(child.value);
      else out.push(child);
      continue;
    }
    const token = child as Element;
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(joinedText(token))!;
    if (!core) {
      pushText(lead! + trail!);
      continue;
    }
    pushText(lead!);
    token.children = [{ type: 'text', value: core }];
    out.push(token);
    pushText(trail!);
  }
  return out;
}

/** Replaces Shiki's inline colour styles with token elements; used for snippets and Markdown code blocks alike. */
export const tokenElementsTransformer: ShikiTransformer = {
  name: 'leakfix:token-elements',
  pre(node) {
    delete node.properties.style;
    // One class for every block: the code colours key on "shiki" (Astro would name Markdown blocks "astro-code"),
    // and nothing reads the theme names Shiki adds.
    node.properties.class = 'shiki';
  },
  span(node, _line, _col, _lineElement, token) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    const { classes, ...look } = tokenStyle(style);
    const element = look.element === KEYWORD_ELEMENT && OPERATORS_ONLY.test(token.content) ? undefined : look.element;
    if (element) node.tagName = element;
    if (classes.length > 0) node.properties.class = classes;
    else if (element) delete node.properties.class;
    else node.properties.class = [];
  },
  // After every other hook (Shiki's decorations included): no per-line wrappers, no bare spans.
  root(root) {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'code') node.children = trimTokens(compact(node.children));
      else if ('children' in node) for (const child of node.children) visit(child as HastNode);
    };
    visit(root);
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
    transformers: [tokenElementsTransformer],
  });
}

/**
 * The colour of every token element of TOKEN_PALETTE and the font-style classes. light-dark() follows the page's
 * color-scheme, which the theme toggle and the system setting already decide, so each colour needs one rule.
 */
export function codeColorStylesheet(): string {
  const rules: string[] = [];
  for (const [pair, element] of TOKEN_PALETTE.elements) {
    const [light, dark] = pair.split(' ');
    rules.push(`.shiki ${element}{color:light-dark(${light},${dark})}`);
  }
  const font = { i: 'font-style:italic', b: 'font-weight:bold', u: 'text-decoration:underline' };
  const dark = [':root[data-theme="dark"]', '@media (prefers-color-scheme:dark){:root:not([data-theme="light"])'];
  for (const [key, declaration] of Object.entries(font)) {
    rules.push(`.shiki .l-${key}{${declaration}}`);
    rules.push(`${dark[0]} .shiki .d-${key}{${declaration}}`, `${dark[1]} .shiki .d-${key}{${declaration}}}`);
  }
  return `/* Generated from the Shiki themes ${CODE_THEMES.light} and ${CODE_THEMES.dark}; see src/generator/highlight.ts. */\n${rules.join('\n')}\n`;
}
