const loaded = new Map<string, Promise<void>>();

/** Loads a classic (non-module) script once per URL; a failed load can be retried. */
export function loadClassicScript(url: string): Promise<void> {
  const existing = loaded.get(url);
  if (existing !== undefined) return existing;
  const loading = new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      loaded.delete(url);
      script.remove();
      reject(new Error(`could not load the script ${url}`));
    };
    document.head.appendChild(script);
  });
  loaded.set(url, loading);
  return loading;
}
