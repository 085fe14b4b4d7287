// Where the CLI writes, what it reads from standard input and how long it waits for the
// network: injectable so tests run the commands in-process. Knows nothing of the commands.
import type { FetchLimits } from './fetch';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  /** Tighter fetch limits (tests); the defaults are fetch.ts's FETCH_LIMITS. */
  fetchLimits?: Partial<FetchLimits>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// `newsline extract big.txt | head` closes the pipe early: that is the reader's choice, not an
// error worth a stack trace.
let pipeGuarded = false;
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`newsline: cannot write output: ${error.message}\n`);
    process.exit(2);
  });
}

export const processIo: Io = {
  out: (text) => {
    guardPipe();
    process.stdout.write(text);
  },
  err: (text) => void process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
};

/** A failure the user can fix: printed as one `newsline: ...` line, exit status 2. */
export class UsageError extends Error {}

/** A path as one line of a report: a file name may hold a newline, a tab or a direction
 * override, which would forge a second report line or reorder this one on a terminal. */
export function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
