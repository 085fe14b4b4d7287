import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// NEWSLINE_APP_OUT builds elsewhere than dist/app (two builds tested side by side).
const APP_OUT = process.env.NEWSLINE_APP_OUT ?? 'dist/app';

// What a newsroom page loads from us, built next to the app (dist/app), one per `--mode`:
// - page:    embed.html, the reader's viewer, in a build of its own: sharing a build with the
//            app put modules of the app's into the chunk both pages load (~2.5 KB gzip more);
// - parent:  embed.js, a classic script (IIFE) of a few KB that makes and sizes iframes;
// - element: newsline-timeline.js, an ES module defining <newsline-timeline>. Its component
//   CSS is injected by Svelte into the element's shadow root, never into the host page.
//   Minified explicitly: a library build in ES format otherwise keeps its whitespace, which
//   suits a package a bundler re-minifies, not a file a reader's browser downloads.
export default defineConfig(({ mode }) => {
  if (mode === 'page') {
    return {
      root: fileURLToPath(new URL('.', import.meta.url)),
      plugins: [svelte()],
      base: './',
      publicDir: false,
      build: { outDir: APP_OUT, emptyOutDir: false, rolldownOptions: { input: { embed: 'embed.html' } } },
    };
  }
  const parent = mode === 'parent';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: parent ? [] : [svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
    publicDir: false,
    build: {
      outDir: APP_OUT,
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      rolldownOptions: { output: { minify: true } },
      lib: parent
        ? { entry: 'src/embed/parent.ts', formats: ['iife'], name: 'NewslineEmbedScript', fileName: () => 'embed.js' }
        : { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'newsline-timeline.js' },
    },
  };
});
