// `newsline extract FILE|URL|- [--published DATE] [--title T] [--format json|timeml]`: one
// article -> the v1 document (or inline TimeML) on stdout; `extract DIR --out OUTDIR`: a folder
// of pages -> one document each. Reads the arguments and hands over; never guesses the date.
import { stat } from 'node:fs/promises';
import { readsAsEnglish } from '../lib/analysis/language';
import { spellPublished } from '../lib/temporal/reference';
import { parseArgs } from './args';
import { fetchPage } from './fetch';
import { runFolder } from './folder';
import { type Io, UsageError } from './io';
import { type Page, pageToDocument } from './page';
import { readInput } from './read';
import { toTimeML } from './timeml';

export const EXTRACT_USAGE =
  'newsline extract FILE|URL|- [--published DATE] [--title T] [--format json|timeml]\n' +
  '  newsline extract DIR --out OUTDIR [--published DATE] [--format json|timeml]';

const HELP = `usage: ${EXTRACT_USAGE}

  FILE is a .html, .htm, .txt or .md article; - reads standard input; URL is fetched (http or
  https, redirects followed, 20 s and 10 MB at most, HTML or plain text only).
  The document goes to standard output. The publication date comes from the page (JSON-LD,
  meta tags, microdata, <time>, the URL, a dateline); --published DATE (YYYY-MM-DD or
  YYYY-MM-DDTHH:MM[:SS]) overrides it. With neither, extract refuses: it never guesses today.
  article.publishedFrom says where the date came from ("given" for --published).

  DIR: every .html, .htm, .txt and .md file directly in DIR (not subfolders; symbolic links
  are followed) -> OUTDIR/NAME.json (NAME.tml for timeml), NAME being the file name without
  its extension, or with it when two files share a name. Progress goes to standard error, a
  line per page ("ok" or "refused" and why) and a summary. In a folder --published only dates
  the pages that state no date of their own; --title is for one article only.

  Exit status: 0 when every page gave a document; 1 when a folder run refused or could not
  read some pages (the others are written); 2 when nothing could be done (bad arguments, an
  unreadable file or folder, a fetch that failed, a page refused in single mode).
`;

const FORMATS = ['json', 'timeml'] as const;
const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

async function isFolder(path: string): Promise<boolean> {
  return path !== '-' && !URL_LIKE.test(path) && ((await stat(path).catch(() => null))?.isDirectory() ?? false);
}

export async function runExtract(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['published', 'title', 'format', 'out']);
  if (args.help) {
    io.out(HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError(`extract needs a FILE, URL or DIR (or - for standard input)`);
  if (args.positionals.length > 1) throw new UsageError(`extract takes one FILE, URL or DIR, got ${args.positionals.length}`);
  const format = args.options.get('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format: ${format} (use json or timeml)`);
  const raw = args.options.get('published');
  // Validated strictly, then written the one way the document spells it ("T", no zone).
  const published = raw === undefined ? undefined : spellPublished(raw);
  if (published === null) throw new UsageError(`invalid publication date: ${raw} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])`);
  const source = args.positionals[0];
  const out = args.options.get('out');
  const title = args.options.get('title');

  if (await isFolder(source)) {
    if (out === undefined) throw new UsageError(`${source} is a folder: pass --out OUTDIR to write one document per page`);
    if (title !== undefined) throw new UsageError('--title names one article; it cannot apply to a folder');
    return runFolder({ dir: source, out, format: format as 'json' | 'timeml', dating: { published, overrides: false } }, io);
  }
  if (out !== undefined) throw new UsageError(`--out is for a folder; the document for ${source} goes to standard output`);
  let page: Page;
  if (URL_LIKE.test(source)) {
    const fetched = await fetchPage(source, io.fetchLimits);
    page = { content: fetched.content, url: fetched.url, kind: fetched.kind };
  } else {
    page = await readInput(source, io);
  }
  const doc = pageToDocument(page, { published, overrides: true, title });
  // (only a document with no events can be one extract() did not read)
  if (doc.events.length === 0 && !readsAsEnglish(doc.text)) io.err('newsline: the article does not read as English; Newsline finds events in English news only, so the document has none\n');
  io.out(format === 'timeml' ? toTimeML(doc) : `${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}
