// npx tsx scripts/eval-events/author.ts DRAFT.txt OUT.json
// Turns a hand-written annotation draft into a gold file: finds the quoted words in the text,
// widens them to their sentence and writes the offsets, so the annotator types words, never
// numbers. The draft is the annotator's reading; this tool adds no judgement of its own and
// never runs the pipeline. Draft lines (fields split on "|"):
//   meantime CORPUS DOCID            text, day and URL from ../shared/corpora/meantime-en
//   page FILE.json                   `newsline extract --format json` output ({article, text})
//   id ID / outlet NAME / license L / topic T / file F (where the text came from) / note N
//   publishedAt STAMP (overrides the page's, when the text is a later version)
//   E AT | TRIGGER | DATEWORDS|- | START|- | END|=|- | STATUS[/MODALITY] | LABEL
//   N WORDS [^ CONTEXT] | REASON
// AT (may be empty: TRIGGER is used) is a unique quote inside the event's sentence.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTml } from '../lib/tml';
import { goldProblems, type GoldArticle, type GoldEvent, type NotEvent, type NotEventReason } from './gold';

const MEANTIME = join(import.meta.dirname, '../../../shared/corpora/meantime-en/tml');
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m)|\b[A-Z])\.$/;

/** The sentence around `at`: widened to a line break or a sentence-final mark before a capital. */
export function sentenceAround(text: string, at: number, end: number): { start: number; end: number } {
  let s = at;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n') break;
    if (/\s/.test(c) && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)) && !ABBREV.test(text.slice(Math.max(0, s - 6), s - 1).replace(/["”’)]$/, ''))) break;
    s--;
  }
  let e = end;
  while (e < text.length && text[e] !== '\n') {
    if (/[.!?]/.test(text[e]) && /^["”’)]?(\s|$)/.test(text.slice(e + 1, e + 3)) && !ABBREV.test(text.slice(Math.max(0, e - 5), e + 1))) {
      e += /["”’)]/.test(text[e + 1] ?? '') ? 2 : 1;
      break;
    }
    e++;
  }
  while (/\s/.test(text[s] ?? '')) s++;
  return { start: s, end: e };
}

function findOnce(text: string, quote: string, from = 0, to = text.length): number {
  const i = text.indexOf(quote, from);
  if (i < 0 || i + quote.length > to) throw new Error(`not found: "${quote}"`);
  const j = text.indexOf(quote, i + 1);
  if (j >= 0 && j + quote.length <= to) throw new Error(`ambiguous: "${quote}" (add context)`);
  return i;
}

export function author(draft: string): GoldArticle {
  const a: GoldArticle = { id: '', title: null, source: { outlet: '', url: null, file: '', license: '' }, topic: '', published: '', text: '', events: [], notEvents: [] };
  for (const raw of draft.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, ...rest] = line.split(' ');
    const value = rest.join(' ');
    if (key === 'meantime') {
      const [corpus, doc] = rest;
      const xml = readFileSync(join(MEANTIME, `corpus_${corpus}`, `${doc}.tml`), 'utf8');
      const tml = parseTml(xml, doc);
      a.text = tml.text;
      a.published = tml.published.slice(0, 10);
      a.title = tml.text.trim().split('\n')[0];
      a.source = { outlet: 'Wikinews', url: /(https?:\/\/\S+wikinews\S+)/.exec(xml)?.[1] ?? null, file: `MEANTIME English corpus_${corpus}/${doc}.tml`, license: 'CC BY 4.0' };
    } else if (key === 'page') {
      const got = JSON.parse(readFileSync(value, 'utf8')) as { article: { title: string | null; published: string; url: string | null }; text: string };
      a.text = got.text;
      a.title = got.article.title;
      a.published = got.article.published.slice(0, 10);
      if (got.article.published.length > 10) a.publishedAt = got.article.published;
      a.source.url = got.article.url;
    } else if (key === 'id') a.id = value;
    else if (key === 'outlet') a.source.outlet = value;
    else if (key === 'license') a.source.license = value;
    else if (key === 'file') a.source.file = value;
    else if (key === 'topic') a.topic = value;
    else if (key === 'note') a.note = value;
    else if (key === 'publishedAt') {
      a.publishedAt = value;
      a.published = value.slice(0, 10);
    }
    else if (key === 'E') a.events.push(eventOf(a.text, value));
    else if (key === 'N') a.notEvents.push(notEventOf(a.text, value));
    else throw new Error(`unknown draft line: ${line}`);
  }
  return a;
}

function eventOf(text: string, value: string): GoldEvent {
  const [at, trigger, dateWords, start, end, status, label] = value.split('|').map((s) => s.trim());
  if (label === undefined) throw new Error(`event needs 7 fields: ${value}`);
  const quote = at || trigger;
  const i = findOnce(text, quote);
  const sentence = sentenceAround(text, i, i + quote.length);
  const [st, modality] = status.split('/');
  return {
    sentence,
    trigger,
    dateWords: dateWords === '-' ? null : dateWords,
    start: start === '-' ? null : start,
    end: end === '-' ? null : end === '=' ? start : end,
    status: st as GoldEvent['status'],
    ...(modality ? { modality } : {}),
    label,
  };
}

function notEventOf(text: string, value: string): NotEvent {
  const [what, reason] = value.split('|').map((s) => s.trim());
  const [words, context] = what.split(' ^ ');
  let i: number;
  if (context) {
    const c = findOnce(text, context);
    i = findOnce(text, words, c, c + context.length);
  } else i = findOnce(text, words);
  return { span: { start: i, end: i + words.length }, words, reason: reason as NotEventReason };
}

if (process.argv[1]?.endsWith('author.ts')) {
  const [draftFile, out] = process.argv.slice(2);
  const a = author(readFileSync(draftFile, 'utf8'));
  const problems = goldProblems(a);
  for (const e of a.events) console.log(`${e.start ?? '—'}..${e.end ?? '—'} ${e.status}\t${e.label}\n\t[${a.text.slice(e.sentence.start, e.sentence.end)}]`);
  for (const n of a.notEvents) console.log(`NOT ${n.reason}\t${n.words}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  writeFileSync(out, JSON.stringify(a, null, 1) + '\n');
  console.log(`${out}: ${a.events.length} events, ${a.notEvents.length} not-events`);
}
