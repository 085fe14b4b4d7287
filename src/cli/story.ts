// `newsline story DIR [--dates N] [--sentences K] [--start DAY] [--end DAY] [--format F]`:
// a folder of articles on one story -> one timeline of its key days, as text, as the timeline's
// JSON, or as the story document the app opens and `newsline render` draws. Reads the arguments
// and the folder, hands the articles to src/lib/story, prints. Never guesses a date.
import { stat } from 'node:fs/promises';
import { prepareCollection, buildStory, type StoryTimeline } from '../lib/story';
import { storyDocument } from '../lib/story/document';
import { spellPublished } from '../lib/temporal/reference';
import { parseArgs } from './args';
import { type Io, UsageError } from './io';
import { readStoryFolder } from './storyFolder';
import { storyText } from './storyText';

export const STORY_USAGE = 'newsline story DIR [--dates N] [--sentences K] [--start DAY] [--end DAY] [--format text|json|document] [--title T]';
const FORMATS = ['text', 'json', 'document'];

const DEFAULT_DATES = 15;
const DEFAULT_SENTENCES = 2;

const HELP = `usage: ${STORY_USAGE}

  DIR holds the story's articles (.txt, .md, .html, .htm), in subfolders too. Each article's
  publication date comes from the page (JSON-LD, meta tags, ... as for extract), else from a
  YYYY-MM-DD folder or file-name prefix (DIR/2010-04-20/bbc-12.txt); an article with neither
  is reported on standard error and skipped, as is an unreadable or binary file.
  --dates N        at most N days (default ${DEFAULT_DATES})
  --sentences K    at most K sentences a day (default ${DEFAULT_SENTENCES})
  --start, --end   only articles published in that span (YYYY-MM-DD, inclusive), and only
                   days inside it
  --format         text (default): a readable timeline; json: {"timeline": [{"date",
                   "sentences", "sources", "labels", "score"}], "articles": n, "skipped": n};
                   document: the story document (a Newsline document holding every article:
                   open it in the app, or draw it with newsline render DOC.json --svg OUT.svg)
  --title T        the story's headline in the document (default: the first article's title)
  Progress goes to standard error. Exit status: 0 with a timeline (even when some files were
  skipped, each reported); 2 when nothing could be done.
`;

function count(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100000) throw new UsageError(`--${name} must be a whole number from 1, got ${raw}`);
  return Number(raw);
}

function day(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  const spelt = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? spellPublished(raw) : null;
  if (!spelt) throw new UsageError(`--${name} must be a day, YYYY-MM-DD, got ${raw}`);
  return spelt;
}

export async function runStory(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['dates', 'sentences', 'start', 'end', 'format', 'title']);
  if (args.help) {
    io.out(HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError(`story takes one DIR, got ${args.positionals.length}`);
  const dir = args.positionals[0];
  const format = args.options.get('format') ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format: ${format} (use text, json or document)`);
  const title = args.options.get('title');
  if (title !== undefined && format !== 'document') throw new UsageError('--title names the story document: give it with --format document');
  const dates = count(args.options.get('dates'), 'dates', DEFAULT_DATES);
  const sentences = count(args.options.get('sentences'), 'sentences', DEFAULT_SENTENCES);
  const start = day(args.options.get('start'), 'start');
  const end = day(args.options.get('end'), 'end');
  if (start && end && start > end) throw new UsageError(`--start ${start} is after --end ${end}`);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`${dir} is not a folder`);

  const { articles: all, skipped } = await readStoryFolder(dir, io);
  const articles = all.filter((a) => (!start || a.published.slice(0, 10) >= start) && (!end || a.published.slice(0, 10) <= end));
  if (articles.length === 0) {
    const span = start && end ? `between ${start} and ${end}` : start ? `from ${start} on` : `until ${end}`;
    throw new UsageError(all.length === 0 ? `no dated article in ${dir}` : `none of the ${all.length} articles in ${dir} was published ${span}`);
  }
  const onProgress = progressLine(articles.length, io);
  if (format === 'document') {
    const doc = storyDocument(articles, { dates, sentences, start, end, title, onProgress });
    io.out(`${JSON.stringify(doc, null, 1)}\n`);
    return 0;
  }
  const collection = prepareCollection(articles, { onProgress });
  const story: StoryTimeline = buildStory(collection, { dates, sentences, start, end });
  if (format === 'json') io.out(`${JSON.stringify({ ...story, articles: articles.length, skipped }, null, 1)}\n`);
  else io.out(storyText(story, articles.length));
  return 0;
}

/** "read 50/500 articles" on stderr about every tenth of a long folder; silent for a short one. */
function progressLine(articles: number, io: Io): (done: number) => void {
  const step = Math.max(50, Math.ceil(articles / 10));
  return (done) => {
    if (articles >= 100 && done <= articles && (done % step === 0 || done === articles)) io.err(`read ${done}/${articles} articles\n`);
  };
}
