/**
 * Every internal link goes through here, so the site works under any base
 * path (LEAKFIX_BASE in astro.config.mjs). Pure: the base is a parameter.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const secretPath = (id: string) => `secrets/${id}/`;
export const guidePath = (slug: string) => `guides/${slug}/`;
/** The scanner-integration guide is an Astro page, not an entry of the guides collection. */
export const SCANNER_GUIDE_SLUG = 'link-from-your-scanner';
