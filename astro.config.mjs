// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links.ts';
import { rehypeCopyButtons } from './src/lib/rehype-copy-buttons.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';
import { CODE_THEMES, codeColorStylesheet, tokenElementsTransformer } from './src/generator/highlight.ts';

/**
 * The one place where the site is published is set (README, "Two settings").
 * LEAKFIX_SITE=https://example.org LEAKFIX_BASE=/kb/ builds a site that works
 * under https://example.org/kb/. Every internal link goes through withBase()
 * (src/lib/urls.ts), which reads the base from import.meta.env.BASE_URL; every
 * absolute link (canonical, copied section links, ticket checklist, API) is
 * built from Astro's `site`.
 */
const base = process.env.LEAKFIX_BASE ?? '/';

/**
 * `import 'virtual:code-colors.css'` is the token colours generated from the code themes (src/generator/highlight.ts),
 * bundled into the site's one stylesheet rather than fetched as a file of their own.
 * @returns {import('vite').Plugin}
 */
function codeColors() {
  const id = 'virtual:code-colors.css';
  const resolved = '\0leakfix-code-colors.css';
  return {
    name: 'leakfix:code-colors',
    resolveId: (/** @type {string} */ source) => (source === id ? resolved : undefined),
    load: (/** @type {string} */ source) => (source === resolved ? codeColorStylesheet() : undefined),
  };
}

export default defineConfig({
  site: process.env.LEAKFIX_SITE ?? 'https://leakfix.dev',
  base,
  trailingSlash: 'always',
  // scripts/build.mjs builds into a staging folder and swaps it in only when everything succeeded.
  outDir: process.env.LEAKFIX_STAGING_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: {
    shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [tokenElementsTransformer] },
    // Ids first, so the link plugin sees them (Astro would otherwise add ids after user plugins).
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeCopyButtons, rehypeTableScroll] }),
  },
  // Never inline scripts: the Content-Security-Policy allows only the site's own files.
  // Scripts loaded on demand are bundled as modules of their own (src/scripts/load-script.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [codeColors()], worker: { format: 'es' } },
  devToolbar: { enabled: false },
});
