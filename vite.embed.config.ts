import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The two scripts a newsroom page loads from us, built as single files with fixed names next
// to the app (dist/app), one per `--mode`:
// - parent:  embed.js, a classic script (IIFE) of a few KB that makes and sizes iframes;
// - element: newsline-timeline.js, an ES module defining <newsline-timeline>. Its component
//   CSS is injected by Svelte into the element's shadow root, never into the host page.
export default defineConfig(({ mode }) => {
  const parent = mode === 'parent';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: parent ? [] : [svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
    publicDir: false,
    build: {
      outDir: 'dist/app',
      emptyOutDir: false,
      target: 'es2020',
      lib: parent
        ? { entry: 'src/embed/parent.ts', formats: ['iife'], name: 'NewslineEmbedScript', fileName: () => 'embed.js' }
        : { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'newsline-timeline.js' },
    },
  };
});
