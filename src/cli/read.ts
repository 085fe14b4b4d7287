// Reads the article a command names: a file path, or `-` for standard input. Turns the
// file system's errors into one sentence each; knows nothing of article formats, except that
// a saved HTML page says its own encoding (a .txt is UTF-8, so offsets index the file).
import { readFile, stat } from 'node:fs/promises';
import { decodePage } from './charset';
import { type Io, UsageError } from './io';

export interface Input {
  content: string;
  /** The file name, for sniffing the kind; undefined for standard input. */
  fileName?: string;
}

const HTML_FILE = /\.(?:x?html?|shtml)$/i;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file',
  ELOOP: 'too many symbolic links',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

// The same cap as a fetched page's: far above any article page (a big one is 2 MB), and a
// 50 MB file of markup is almost surely not one, and would take minutes to read as one.
export const MAX_FILE_BYTES = 10 * 2 ** 20;

/** A file too big to be an article page; its message is the few words after "cannot read PATH: ". */
class TooLarge extends Error {}

/** A file system error -> the few words after "cannot read PATH: ". */
export function readFailure(error: unknown): string {
  if (error instanceof TooLarge) return error.message;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || 'unreadable');
}

/** One file's text; an HTML page is decoded by its BOM or <meta charset>, anything else as UTF-8. */
export async function readFileText(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) {
    throw new TooLarge(`it is ${(size / 2 ** 20).toFixed(1)} MB; newsline reads articles up to ${MAX_FILE_BYTES / 2 ** 20} MB (an article page is rarely over 2 MB)`);
  }
  const bytes = await readFile(path);
  return HTML_FILE.test(path) ? decodePage(bytes) : bytes.toString('utf8');
}

export async function readInput(path: string, io: Io): Promise<Input> {
  if (path === '-') return { content: await io.readStdin() };
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(`cannot read ${path}: is a directory`);
    return { content: await readFileText(path), fileName: path };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${path}: ${readFailure(error)}`);
  }
}
