// `newsline story DIR`'s reading: every article under DIR (subfolders too: a story folder is
// often laid out by day, DIR/2010-04-20/bbc-12.txt) -> a dated StoryArticle, or a line saying
// why it was skipped. The date comes from the page's own metadata through the same ingest as
// `extract`, else from a YYYY-MM-DD folder or file-name prefix; it is never guessed. Knows
// nothing of how a story is built.
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ingest, sniffKind } from '../lib/ingest';
import { parseHtmlNode } from '../lib/ingest/dom/node';
import { binaryKind } from '../lib/ingest/notArticle';
import { detokenize, looksTokenized, type StoryArticle } from '../lib/story';
import { dateFromPath } from '../lib/story/pathDate';
import { PAGE_EXTENSIONS } from './folder';
import { type Io, printablePath, UsageError } from './io';
import { readFailure, readFileText } from './read';

/** Deep enough for DIR/YYYY/MM-DD/file; deeper trees are rarely one story. */
const MAX_DEPTH = 4;

/** Every page file under DIR, as paths relative to it, in byte order. */
export async function listArticles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (depth === 0) throw new UsageError(`cannot read ${dir}: ${readFailure(error)}`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(folder, e.name);
      // a symbolic link to a folder is not followed: it could loop
      if (e.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1);
      else if (!e.isDirectory() && PAGE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) found.push(relative(dir, path));
    }
  }
  await walk(dir, 0);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


export type ArticleOutcome = { article: StoryArticle } | { skipped: string };

/** One file's content -> a dated article, or why it is skipped. */
export function readArticle(id: string, content: string): ArticleOutcome {
  const binary = binaryKind(content);
  if (binary) return { skipped: `not an article: it is ${binary}, not text` };
  const kind = sniffKind(content, id);
  const page = ingest(content, { kind, fileName: id, url: null, parseHtml: parseHtmlNode });
  const published = page.published ?? dateFromPath(id);
  if (!published) return { skipped: 'no publication date (none in the page, and no YYYY-MM-DD folder or file-name prefix)' };
  if (!page.text.trim()) return { skipped: 'no article text' };
  const text = kind === 'text' && looksTokenized(page.text) ? page.text.split('\n').map(detokenize).join('\n') : page.text;
  return { article: { id, text, published, title: page.title, url: page.url, publisher: page.publisher } };
}

/** Whether a symbolic link at `path` leads outside `dir`. A story folder that somebody sent
 * must not pull any readable file of this machine into the published timeline. */
async function linksOutside(dir: string, path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return false;
  const [root, target] = await Promise.all([realpath(dir), realpath(path).catch(() => null)]);
  return target !== null && !target.startsWith(root + sep);
}

/** Every readable, dated article under DIR; the others reported on stderr. */
export async function readStoryFolder(dir: string, io: Io): Promise<{ articles: StoryArticle[]; skipped: number }> {
  const paths = await listArticles(dir);
  if (paths.length === 0) throw new UsageError(`no articles in ${dir} (looked for ${PAGE_EXTENSIONS.join(', ')} files)`);
  const articles: StoryArticle[] = [];
  let skipped = 0;
  for (const id of paths) {
    let outcome: ArticleOutcome;
    let content: string | null = null;
    if (await linksOutside(dir, join(dir, id))) outcome = { skipped: 'a link to a file outside the folder (not followed)' };
    else {
      try {
        content = await readFileText(join(dir, id));
      } catch (error) {
        outcome = { skipped: `unreadable: ${readFailure(error)}` };
      }
    }
    try {
      if (content !== null) outcome = readArticle(id, content);
    } catch (error) {
      // a bug on one page must not lose the others: report it and go on
      outcome = { skipped: `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
    }
    outcome = outcome!;
    if ('skipped' in outcome) {
      skipped++;
      io.err(`skipped ${printablePath(id)}: ${outcome.skipped}\n`);
    }
    else articles.push(outcome.article);
  }
  return { articles, skipped };
}
