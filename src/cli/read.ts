// Reads the article a command names: a file path, or `-` for standard input. Turns the
// file system's errors into one sentence each; knows nothing of article formats.
import { readFile, stat } from 'node:fs/promises';
import { type Io, UsageError } from './io';

export interface Input {
  content: string;
  /** The file name, for sniffing the kind; undefined for standard input. */
  fileName?: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file',
  ELOOP: 'too many symbolic links',
};

export async function readInput(path: string, io: Io): Promise<Input> {
  if (path === '-') return { content: await io.readStdin() };
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(`cannot read ${path}: is a directory`);
    return { content: await readFile(path, 'utf8'), fileName: path };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read ${path}: ${REASONS[code] ?? (code || 'unreadable')}`);
  }
}
