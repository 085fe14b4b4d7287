// Command-line arguments -> positionals and `--name value` / `--name=value` options, checked
// against the names a command accepts. Knows nothing of what the options mean.
import { UsageError } from './io';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  help: boolean;
}

/** `valued` lists the options that take a value; anything else starting with `-` is refused. */
export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '-' || !arg.startsWith('-')) positionals.push(arg);
    else if (arg === '--') positionals.push(...argv.slice(i + 1)), (i = argv.length);
    else {
      const eq = arg.indexOf('=');
      const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
      if (!valued.includes(name)) throw new UsageError(`unknown option: ${eq >= 0 ? arg.slice(0, eq) : arg}`);
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    }
  }
  return { positionals, options, help };
}
