import type { Plugin, Rolldown } from 'vite';

/** The landing page's screen: its chunks are preloaded with the entry when the address is "/". */
const START_PAGE_MODULE = '/src/features/start/StartPage.tsx';

/**
 * Production build only: the app's entry module and its module preloads no longer start from the
 * HTML; `public/start-app.js` adds them once the static shell in index.html has painted (ADR 0029).
 * On a slow connection the shell's CSS and fonts then get the bandwidth to themselves instead of
 * sharing it with ~130 KB of JavaScript, so the first paint comes sooner; the app starts one frame
 * later. On the start page it also preloads the start screen's lazy chunk, which would otherwise
 * only be requested once the entry has run.
 */
export function startAfterFirstPaint(): Plugin {
  return {
    name: 'start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written the entry <script> and the <link rel="modulepreload"> tags.
      order: 'post',
      handler(html, { bundle }) {
        const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry || !bundle) throw new Error('start-after-first-paint: no entry module script in index.html');
        const preloads: string[] = [];
        const withoutPreloads = html.replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href) => {
          preloads.push(href as string);
          return '';
        });
        const startPage = chunkWithImports(bundle, START_PAGE_MODULE)
          .map((file) => `/${file}`)
          .filter((href) => href !== entry[1] && !preloads.includes(href));
        const loader =
          `<script defer src="/start-app.js" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"` +
          ` data-preload-start="${startPage.join(' ')}"></script>`;
        return withoutPreloads.replace(entry[0], `\n    ${loader}`);
      },
    },
  };
}

/** The file of the chunk built from `moduleSuffix` and of every chunk it imports statically. */
function chunkWithImports(bundle: Rolldown.OutputBundle, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const root = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
  if (!root) throw new Error(`start-after-first-paint: no chunk for ${moduleSuffix}`);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(imported);
  };
  visit(root.fileName);
  return [...files];
}
