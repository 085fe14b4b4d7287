// `newsline extract DIR --out OUTDIR`: every page of a folder -> one document each in OUTDIR,
// a progress line per page on stderr and a summary at the end. One page at a time, so a folder
// of 10,000 pages costs the memory of its largest page (and the list of names).
// Not recursive: a folder of pages is the unit a pipeline hands over, and subfolders (assets
// saved beside a page, `page_files/`) are rarely more pages. Symbolic links are followed,
// wherever they point: the CLI reads with the user's own rights, so a link grants nothing new,
// and linking pages into a batch folder is a natural way to make one. A dangling link is
// reported as unreadable.
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { NewslineDocument } from '../lib/document';
import { type Io, UsageError } from './io';
import { type Dating, DATE_HINT, pageToDocument, Refusal } from './page';
import { readFailure, readFileText } from './read';
import { toTimeML } from './timeml';

export const PAGE_EXTENSIONS = ['.html', '.htm', '.txt', '.md'];

export interface FolderRun {
  dir: string;
  out: string;
  format: 'json' | 'timeml';
  dating: Dating;
}

type Outcome = 'ok' | 'refused' | 'unreadable' | 'failed';

/** OUTDIR names: the page's name without its extension, unless two pages share that stem. */
export function outputNames(pages: string[], ext: string): Map<string, string> {
  const stems = new Map<string, number>();
  const stem = (name: string) => name.slice(0, name.length - extname(name).length);
  for (const p of pages) stems.set(stem(p), (stems.get(stem(p)) ?? 0) + 1);
  return new Map(pages.map((p) => [p, `${stems.get(stem(p))! > 1 ? p : stem(p)}${ext}`]));
}

function serialise(doc: NewslineDocument, format: FolderRun['format']): string {
  return format === 'timeml' ? toTimeML(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

function okLine(doc: NewslineDocument): string {
  const { published, publishedFrom } = doc.article;
  const events = doc.events.length;
  return `ok (date ${published}${publishedFrom ? ` from ${publishedFrom}` : ''}, ${events} event${events === 1 ? '' : 's'})`;
}

/** The pages directly in DIR, in byte order (the same run everywhere), and what is not a page. */
async function listPages(dir: string): Promise<{ pages: string[]; skipped: string[] }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read ${dir}: ${readFailure(error)}`);
  }
  const pages: string[] = [];
  const skipped: string[] = [];
  for (const e of entries) {
    const isPage = PAGE_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !e.name.startsWith('.');
    if (isPage) pages.push(e.name);
    else skipped.push(e.isDirectory() ? `${e.name}/` : e.name);
  }
  const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { pages: pages.sort(byBytes), skipped: skipped.sort(byBytes) };
}

function skippedLine(skipped: string[]): string {
  const some = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', ...' : '');
  const [entries, are] = skipped.length === 1 ? ['entry', 'is'] : ['entries', 'are'];
  return `skipping ${skipped.length} ${entries} that ${are} not a page (${PAGE_EXTENSIONS.join(', ')}): ${some}\n`;
}

/** Exit status: 0 when every page gave a document, 1 when some did not. */
export async function runFolder(run: FolderRun, io: Io): Promise<number> {
  const { pages, skipped } = await listPages(run.dir);
  if (pages.length === 0) throw new UsageError(`no pages in ${run.dir} (looked for ${PAGE_EXTENSIONS.join(', ')} files)`);
  try {
    await mkdir(run.out, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${run.out}: ${readFailure(error)}`);
  }
  if (skipped.length > 0) io.err(skippedLine(skipped));
  const names = outputNames(pages, run.format === 'timeml' ? '.tml' : '.json');
  const counts: Record<Outcome, number> = { ok: 0, refused: 0, unreadable: 0, failed: 0 };
  let undated = 0;
  for (const [i, name] of pages.entries()) {
    const path = join(run.dir, name);
    const [outcome, detail] = await onePage(path, run.dating);
    const line = outcome === 'ok' ? okLine(detail as NewslineDocument) : `${outcome}: ${detail as string}`;
    if (outcome === 'ok') {
      const target = join(run.out, names.get(name)!);
      try {
        await writeFile(target, serialise(detail as NewslineDocument, run.format), 'utf8');
      } catch (error) {
        // A full disk or a read-only OUTDIR fails every page alike: stop, do not report 10,000 times.
        throw new UsageError(`cannot write ${target}: ${readFailure(error)}`);
      }
    }
    if (outcome === 'refused' && (detail as string).startsWith('no publication date')) undated++;
    counts[outcome]++;
    io.err(`[${i + 1}/${pages.length}] ${name}: ${line}\n`);
  }
  const parts = (Object.keys(counts) as Outcome[]).filter((k) => k === 'ok' || counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  const hint = undated > 0 && run.dating.published === undefined ? ` (${DATE_HINT} to date the ${undated} undated)` : '';
  io.err(`${pages.length} page${pages.length === 1 ? '' : 's'}: ${parts.join(', ')}; documents in ${run.out}${hint}\n`);
  return counts.ok === pages.length ? 0 : 1;
}

async function onePage(path: string, dating: Dating): Promise<[Outcome, NewslineDocument | string]> {
  let content: string;
  try {
    content = await readFileText(path);
  } catch (error) {
    const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink();
    return ['unreadable', dangling ? 'broken symbolic link' : readFailure(error)];
  }
  try {
    return ['ok', pageToDocument({ content, fileName: path }, dating)];
  } catch (error) {
    if (error instanceof Refusal) return ['refused', error.reason];
    // A bug on one page must not lose the other 9,999: report it and go on.
    return ['failed', (error instanceof Error ? error.message : String(error)).split('\n')[0]];
  }
}
