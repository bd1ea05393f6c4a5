// Starts the app: adds its entry module (and the modules it imports, as preloads) once the static
// shell in index.html has painted. The production build puts this script in place of the entry's
// own <script type="module"> (build/start-after-first-paint.ts, ADR 0029); the dev server loads
// the entry directly. A classic deferred script, so it runs after zod-jitless.js and may read
// document.currentScript.
(() => {
  const { entry, preload, preloadStart } = document.currentScript.dataset;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // The start screen is a lazy chunk: fetched with the entry instead of after it when it is the one shown.
    const hrefs = location.pathname === '/' ? `${preload} ${preloadStart}` : preload;
    for (const href of hrefs.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  // requestAnimationFrame runs just before the next paint, the timeout after it once that frame is
  // painted. A hidden tab paints nothing (and runs no animation frames): start at once there, and
  // never wait longer than 100 ms.
  if (document.visibilityState === 'hidden') start();
  else requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
})();
