import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The `newsline` CLI: the same pipeline and Svelte components as the app, compiled for
// Node (svelte/server), with node_modules left external.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { generate: 'server' } })],
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'newsline.js', format: 'es' } },
  },
});
