import { fileURLToPath } from 'node:url';
import { build, runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// After the app build (which empties dist/app), build what newsroom pages load (the embed page,
// embed.js, newsline-timeline.js; see vite.embed.config.ts) into the same folder, so any
// `vite build` leaves a complete dist/app.
function embedScripts(): Plugin {
  return {
    name: 'newsline-embed-scripts',
    apply: 'build',
    async closeBundle() {
      for (const mode of ['page', 'parent', 'element']) {
        await build({ configFile: fileURLToPath(new URL('./vite.embed.config.ts', import.meta.url)), mode, logLevel: 'warn' });
      }
    },
  };
}

// The sample's document, extracted when the app is built (or served) by the very pipeline the
// Worker runs, so the app draws the sample at once instead of waiting for the NLP chunk to load
// and read it. Built from the same text and metadata the app imports; never committed, so it
// cannot go stale.
function sampleDocument(): Plugin {
  const id = 'virtual:sample-document';
  return {
    name: 'newsline-sample-document',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(source) {
      if (source !== `\0${id}`) return null;
      const { readFileSync } = await import('node:fs');
      // through Vite's module runner: a plain import would bundle the whole pipeline into the
      // config that every vite and vitest start loads
      const { module } = await runnerImport<typeof import('./src/lib/extract')>(fileURLToPath(new URL('./src/lib/extract.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
      const { extract } = module;
      const text = readFileSync(new URL('./public/samples/korea-summit.txt', import.meta.url), 'utf8');
      const meta = JSON.parse(readFileSync(new URL('./public/samples/korea-summit.json', import.meta.url), 'utf8'));
      const doc = extract(text, { title: meta.title, published: meta.published, url: meta.url, publisher: meta.publisher });
      // the text is the app's own import already: not shipped twice
      return `export default ${JSON.stringify({ ...doc, text: null })};`;
    },
  };
}

// One config for the app build and the three test projects:
// - unit: pure stages (ingest, temporal, events, layout) and the CLI, in Node;
// - component: Svelte components in jsdom;
// - browser: the built app in the system Chromium, driven by playwright-core.
export default defineConfig({
  plugins: [
    svelte({
      // Server-rendered components (CLI, Node tests) carry their CSS in render().head, so an
      // exported SVG can inline the very styles the browser uses; the app keeps external CSS.
      dynamicCompileOptions: ({ compileOptions }) =>
        compileOptions.generate === 'server' ? { css: 'injected' } : undefined,
    }),
    embedScripts(),
    sampleDocument(),
  ],
  // Relative asset URLs: the app and embed.html work from any folder a newsroom hosts them in.
  base: './',
  build: {
    // NEWSLINE_APP_OUT builds elsewhere (browser tests then take APP_DIR); the embed config reads it too.
    outDir: process.env.NEWSLINE_APP_OUT ?? 'dist/app',
    emptyOutDir: true,
    // The app; the embed viewer (no editor, no extraction code) is built apart, in closeBundle.
    rolldownOptions: { input: { index: 'index.html' } },
  },
  test: {
    // Two workers on the 2-core CI machine, where vitest's default is one (one file at a time).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // 20 s, not vitest's 5 s: a first test pays for loading the tagger and compromise, and
        // the fuzz properties' 20 KB articles run beside other files on a 2-core machine. Speed
        // is measured by the bench and fuzz scripts, never by a timeout.
        // Not isolated: the stages are pure, so test files can share one module graph, and
        // loading the tagger and compromise once per worker instead of once per file takes the
        // unit run from about 240 s to about 30 s on 2 cores (passes in shuffled order too).
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          // 20 s, as for unit: a first render that loads the pipeline took over 5 s on a loaded
          // 2-core machine.
          testTimeout: 20_000,
          // vmThreads: no fresh worker and jsdom import per file (the project ran in 38.6 s
          // instead of 86-97 s with forks or threads, 2 workers, load 4-5). NOT isolated: vitest
          // never isolates the vm pools, and with one worker it hands that worker every file at
          // once, so all the files run in ONE jsdom window (one storage, one set of timers, one
          // module graph). test/component/setup.ts empties the storage before each file and
          // fails a test that leaves a timer of ours running: a debounced save left by an
          // editor test once wrote its article over the story tests' open article.
          pool: 'vmThreads',
          // After unit (a group of its own), one file at a time: extraction.test.ts's "latest of
          // several quick requests" waits a bounded 100 turns for the pipeline to load in jsdom,
          // which two files side by side outran on a loaded 2-core machine.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // After unit and component (the last group), one file at a time: two browser files side
          // by side on 2 cores starved each other's Chromium until a 1 MB paste missed its 30 s
          // and a pinch's pause came mid-gesture.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // One Chromium for the whole project (each file connects to it), and one module graph
          // per worker: the files share no state but the browser, whose pages each test opens
          // and closes, and importing playwright-core and the pipeline once instead of per file
          // saves about 2 s a file on 2 cores.
          globalSetup: ['test/browser/global-setup.ts'],
          isolate: false,
        },
      },
    ],
  },
});
