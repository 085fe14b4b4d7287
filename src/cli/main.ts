// The `newsline` CLI entry. Returns the exit status instead of calling process.exit,
// so tests can run it in-process.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`newsline: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
