import '@testing-library/jest-dom/vitest';
import { CompressionStream, DecompressionStream } from 'node:stream/web';
import { failOnPendingTimers } from './pending-timers';

// The vmThreads pool runs the component files in a jsdom context of its own, which lacks the
// compression streams Node and browsers have (links and embeds pack a document with them):
// Node's, as the forks pool's jsdom had them.
const web = globalThis as Record<string, unknown>;
web.CompressionStream ??= CompressionStream;
web.DecompressionStream ??= DecompressionStream;

// With one worker, vitest hands that worker every component file at once, and the vm pools
// never isolate: all the files run in ONE jsdom window, with one storage, one set of timers
// and one module graph (vite.config.ts). This file runs again before each of them, so each
// starts with empty storage, as it would in a window of its own, and a test that leaves a
// timer running fails where it does so, not in whichever later file the timer fires.
localStorage.clear();
sessionStorage.clear();
failOnPendingTimers();
