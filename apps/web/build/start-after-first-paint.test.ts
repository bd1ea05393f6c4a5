import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, Rolldown } from 'vite';
import { startAfterFirstPaint } from './start-after-first-paint.ts';

const viteHtml = `<head>
    <script defer src="/zod-jitless.js"></script>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B.js">
    <link rel="modulepreload" crossorigin href="/assets/client-C.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  </head>`;

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId }) as unknown as Rolldown.OutputChunk;

const bundle = {
  'index-A.js': chunk('assets/index-A.js', ['assets/react-B.js', 'assets/client-C.js'], '/app/src/main.tsx'),
  'StartPage-E.js': chunk(
    'assets/StartPage-E.js',
    ['assets/react-B.js', 'assets/table-F.js'],
    '/app/src/features/start/StartPage.tsx',
  ),
  'table-F.js': chunk('assets/table-F.js', ['assets/react-B.js']),
} as unknown as Rolldown.OutputBundle;

function transform(html: string, withBundle = bundle): string {
  const hook = startAfterFirstPaint().transformIndexHtml as {
    handler: (html: string, ctx: Partial<IndexHtmlTransformContext>) => string;
  };
  return hook.handler(html, { bundle: withBundle });
}

describe('startAfterFirstPaint', () => {
  it('replaces the entry script and its preloads by start-app.js, naming them, and adds the start screen chunks', () => {
    const html = transform(viteHtml);
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain(
      '<script defer src="/start-app.js" data-entry="/assets/index-A.js"' +
        ' data-preload="/assets/react-B.js /assets/client-C.js"' +
        ' data-preload-start="/assets/StartPage-E.js /assets/table-F.js"></script>',
    );
    // Still after zod-jitless.js (deferred scripts run in document order), the stylesheet untouched.
    expect(html.indexOf('zod-jitless.js')).toBeLessThan(html.indexOf('start-app.js'));
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D.css">');
  });

  it('fails the build when Vite wrote no entry script or there is no start screen chunk', () => {
    expect(() => transform('<head></head>')).toThrow(/no entry module script/);
    expect(() => transform(viteHtml, {} as Rolldown.OutputBundle)).toThrow(/no chunk for/);
  });
});
