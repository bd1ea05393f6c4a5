import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { startAfterFirstPaint } from './build/start-after-first-paint.ts';

// The Utrecht component library ships the CSS of every component (~400 KB) and the theme every
// design token (~200 KB); the app uses a few dozen. The production build keeps only the rules
// whose classes occur in the app's source (docs/performance.md). Classes built at run time from a
// prefix are safelisted by that prefix; the dev server keeps everything.
const purge = purgeCSSPlugin({
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  safelist: {
    standard: [
      /^utrecht-alert--/,
      /^utrecht-heading-/,
      /^app-badge--/,
      /^app-save-state--/,
      /^recharts-/,
      /^voorbeeld-theme$/,
    ],
    greedy: [/data-theme/],
  },
  variables: true,
  keyframes: true,
});

// The API serves the built app on one port in production; in dev the Vite server proxies /api.
export default defineConfig(({ command }) => ({
  plugins: [react(), startAfterFirstPaint()],
  css: command === 'build' ? { postcss: { plugins: [purge] } } : {},
  build: {
    // bench.ts reads the manifest to measure the initial JS (entry + its static imports).
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
}));
