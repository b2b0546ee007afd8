// Builds the page into web/dist; the server serves it at `/` (see the Makefile).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API = process.env.API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // relative asset paths: the page works wherever it is mounted
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // sigma and graphology make most of the page; one file for one page is fine
    chunkSizeWarningLimit: 1024,
  },
  // `npm run dev` forwards the API to a server started with `make run`
  server: {
    proxy: { '/graphql': API, '/export': API, '/healthz': API },
  },
});
