// A measuring script's command line: `--name VALUE` options, `--flag`s, and the first bare word,
// the folder it reads. Prints the usage line and exits when that folder is missing.
export interface CommandLine {
  option: (name: string) => string | undefined;
  flag: (name: string) => boolean;
  root: string;
}

/** `flags` name the options that take no value, so the word after one is not taken as its value. */
export function commandLine(usage: string, flags: readonly string[] = []): CommandLine {
  const argv = process.argv.slice(2);
  const takesValue = (word: string | undefined) => !!word?.startsWith('--') && !flags.includes(word);
  const root = argv.find((a, i) => !a.startsWith('--') && !takesValue(argv[i - 1]));
  if (!root) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return {
    option: (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined),
    flag: (name) => argv.includes(name),
    root,
  };
}
