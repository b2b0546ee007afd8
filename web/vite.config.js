// Builds the pages into web/dist (see the Makefile): the web view, which the server
// serves at `/`, and GraphiQL, which it serves at `GET /graphql` to a browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API = process.env.API_URL ?? 'http://127.0.0.1:8000';
const page = (name) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // relative asset paths: the page works wherever it is mounted
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // two pages that share nothing: the web view never loads GraphiQL's code
      input: { index: page('index.html'), graphiql: page('graphiql.html') },
      // React's "use client" and "use no memo" directives mean nothing in a page
      // bundled for the browser alone; say nothing about them
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    // sigma and graphology make most of the web view, one file for one page; GraphiQL
    // is React, GraphiQL and the Monaco editor, about 4 MB, loaded only at /graphql
    chunkSizeWarningLimit: 5120,
  },
  // `npm run dev` forwards the API to a server started with `make run`
  server: {
    proxy: { '/graphql': API, '/export': API, '/healthz': API },
  },
});
