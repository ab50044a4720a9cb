/**
 * Runs a script that a page needs only once the reader asks for it (search, "Use your names"), as a module script of
 * its own; the script enhances what it finds on the page. Its URL comes from Vite's `?worker&url` import, which
 * bundles a module on its own and returns its address: it runs here as an ordinary page script, not in a worker. A
 * dynamic import() would do the same but costs every page Vite's preload helper, about 1 KB gzip, for scripts that
 * have nothing to preload.
 */
const loading = new Map<string, Promise<void>>();

export function loadScript(url: string): Promise<void> {
  let loaded = loading.get(url);
  if (!loaded) {
    loaded = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = url;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => {
        // The next attempt (another focus, another click) tries again.
        loading.delete(url);
        script.remove();
        reject(new Error(`${url} did not load`));
      });
      document.head.append(script);
    });
    loading.set(url, loaded);
  }
  return loaded;
}
