import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The `newsline` CLI: the same pipeline and Svelte components as the app, compiled for
// Node (svelte/server: build.ssr makes the plugin compile for the server), with
// node_modules left external. CSS is injected so render().head
// carries each component's styles, which `newsline render` inlines into the SVG.
export default defineConfig({
  plugins: [svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'newsline.js', format: 'es' } },
  },
});
