// Runs the CLI in-process with captured stdout/stderr, an optional standard input and, for the
// fetch tests, tighter network limits.
import type { FetchLimits } from '../../../src/cli/fetch';
import { main } from '../../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], stdin = '', fetchLimits?: Partial<FetchLimits>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readStdin: async () => stdin,
    fetchLimits,
  });
  return { code, stdout, stderr };
}
