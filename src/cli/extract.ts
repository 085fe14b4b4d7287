// `newsline extract FILE|- [--published DATE] [--title T] [--format json|timeml]`: an article
// file -> the v1 document (or inline TimeML) on stdout. Never guesses the publication date.
import { extract } from '../lib/extract';
import { ingest, normalisePublished } from '../lib/ingest';
import { parsePublished } from '../lib/temporal/reference';
import { parseArgs } from './args';
import { type Io, UsageError } from './io';
import { readInput } from './read';
import { toTimeML } from './timeml';

export const EXTRACT_USAGE = 'newsline extract FILE|- [--published DATE] [--title T] [--format json|timeml]';
const FORMATS = ['json', 'timeml'];

export async function runExtract(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['published', 'title', 'format']);
  if (args.help) {
    io.out(`usage: ${EXTRACT_USAGE}\n  DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]; FILE may be .txt, .md or .html\n`);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError(`extract needs a FILE (or - for standard input)`);
  if (args.positionals.length > 1) throw new UsageError(`extract takes one FILE, got ${args.positionals.length}`);
  const format = args.options.get('format') ?? 'json';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format: ${format} (use json or timeml)`);
  const raw = args.options.get('published');
  // Validated strictly, then written the one way the document spells it ("T", no zone).
  const given = raw === undefined ? undefined : parsePublished(raw) ? normalisePublished(raw) : null;
  if (given === null) throw new UsageError(`invalid publication date: ${raw} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])`);
  const input = await readInput(args.positionals[0], io);
  const article = ingest(input.content, { fileName: input.fileName });
  const published = given ?? article.published;
  if (!published) throw new UsageError('no publication date: pass --published YYYY-MM-DD');
  const doc = extract(article.text, {
    title: args.options.get('title') ?? article.title,
    published,
    url: article.url,
    publisher: article.publisher,
  });
  io.out(format === 'timeml' ? toTimeML(doc) : `${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}
