// The `newsline` CLI entry: a table of subcommands. Returns the exit status instead of calling
// process.exit, so tests run it in-process with their own Io. Adding a command (e.g. `render`)
// is one import and one row in COMMANDS.
import { EXTRACT_USAGE, runExtract } from './extract';
import { RENDER_USAGE } from './renderUsage';
import { STORY_USAGE, runStory } from './story';
import { type Io, processIo, UsageError } from './io';

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  extract: { run: runExtract, usage: EXTRACT_USAGE },
  // loaded when it runs: it draws with the Svelte components, which only the built CLI holds
  render: { run: async (argv, io) => (await import('./render')).runRender(argv, io), usage: RENDER_USAGE },
  story: { run: runStory, usage: STORY_USAGE },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
  return `usage:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command: ${name} (try newsline --help)`);
    return await command.run(rest, io);
  } catch (error) {
    // A bug still exits 2 with one line: users of a pipeline never see a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`newsline: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
