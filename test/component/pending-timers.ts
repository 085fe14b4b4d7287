// Fails a test that leaves a timer of the project's code running (a debounced save, a notice's
// timeout), and stops that timer. Every component file runs in one jsdom window (see setup.ts),
// so such a timer would fire in a later test or file and write into its storage: the story
// tests once opened the editor tests' article that way, in runs that failed now and then.
// Timers set by libraries (Svelte clears its last delegated event on the next turn,
// user-event waits between keys) are theirs to manage and are not counted. Only setTimeout is
// watched: the app sets no intervals.
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

type TimerId = ReturnType<typeof setTimeout>;

/** Timers of the project's code not yet run or cleared, with where each was set. */
const pending = new Map<TimerId, string>();
let watching = false;

/** The first frame of the caller that set a timer, when it is the project's code. */
function projectCaller(stack: string | undefined): string | null {
  const frame = stack?.split('\n')[2]?.trim() ?? '';
  return frame.includes('/node_modules/') || !/\/(src|test)\//.test(frame) ? null : frame;
}

function watch(): void {
  if (watching) return;
  watching = true;
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const caller = projectCaller(new Error().stack);
    const id: TimerId = set((...a: unknown[]) => {
      pending.delete(id);
      handler(...a);
    }, ms, ...args);
    if (caller) pending.set(id, `${ms ?? 0} ms, set ${caller}`);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id?: TimerId) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof clearTimeout;
}

/** Called by the setup file, which runs again for every test file: hooks are per file. */
export function failOnPendingTimers(): void {
  watch();
  afterEach(() => {
    // components first: unmounting clears the timers their effects set
    cleanup();
    if (pending.size === 0) return;
    const left = [...pending.values()];
    for (const id of pending.keys()) clearTimeout(id);
    pending.clear();
    throw new Error(`the test left ${left.length} timer(s) running, which would fire in a later test or file; await or clear them:\n${left.join('\n')}`);
  });
}
