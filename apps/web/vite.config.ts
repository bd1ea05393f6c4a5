import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built app on one port in production; in dev the Vite server proxies /api.
export default defineConfig({
  plugins: [react()],
  build: {
    // bench.ts reads the manifest to measure the initial JS (entry + its static imports).
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
});
