// The `render` command's usage line, apart from the command itself: the command draws with the
// Svelte components, which only the built CLI can load, and the table of commands (main.ts)
// loads it when it runs, so `tsx src/cli/main.ts extract` works from source.
import { PRESETS } from '../lib/publish/presets';

export const RENDER_USAGE =
  'newsline render DOC.json --svg OUT.svg | --png OUT.png [--preset NAME | --width N] [--scale 1-4] [--theme light|dark] ' +
  `[--date-style ap|uk|iso] [--transparent] [--view story|scale]; presets: ${PRESETS.map((p) => p.name).join(', ')}`;
