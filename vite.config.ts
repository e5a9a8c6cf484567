import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { bundleBudget } from './src/tools/bundle-budget.ts';
import { earlyJoinPages } from './src/tools/early-join.ts';
import { precompress } from './src/tools/precompress.ts';
import { precompiledValidators } from './src/tools/standalone-validators.ts';

// The table client and the designer pages, as one multi-page Vite app rooted at src/client.
// `npm start` builds it into dist/client and the lobby server serves it; `npm run dev` serves
// it with hot reload and proxies the game server on :8000.
const root = resolve(import.meta.dirname, 'src/client');

export default defineConfig({
  root,
  publicDir: false,
  // What a player downloads, gzipped: the first page (header and join page) under 130 KB, and
  // with the online table a join link leads to (its waiting room, the table and the game's engine,
  // and all they import) under 220 KB. The
  // deck checker's validators are compiled here, not in the page (the CSP forbids 'unsafe-eval').
  plugins: [react(), precompiledValidators(), bundleBudget('table', 130, { 'OnlineRoom+Table+connect': 220 }), earlyJoinPages(), precompress()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        table: resolve(root, 'index.html'),
        cards: resolve(root, 'cards.html'),
        print: resolve(root, 'print.html'),
        'deck-dev': resolve(root, 'deck-dev.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8000',
      '/games': 'http://localhost:8000',
      '/socket.io': { target: 'http://localhost:8000', ws: true },
    },
  },
});
