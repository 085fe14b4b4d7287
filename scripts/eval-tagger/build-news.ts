// npx tsx scripts/eval-tagger/build-news.ts GOLD_JSON [TEXT_DIR]
// Writes the second development collection (test/fixtures/timeml-news/{dev,check,fresh,fourth}/*.tml) from
// hand-written annotations (test/fixtures/timeml-news/annotations/*.txt) and the story text of
// saved pages (postlight/parser's fixtures, MIT; GOLD_JSON is the page set's gold.json with each
// page's body, publication date and address). An annotation file lists, in reading order, one
// TIMEX3 a line: `surface text | TYPE | VALUE`; each is found after the previous one, on word
// boundaries, so a file reads like the article it annotates. The values were written by reading
// the articles with the TimeML (TIMEX3) guidelines, never from the tagger's output.
// The fourth split's text is what the CLI extracts from the page (`newsline extract PAGE --format
// json`, field `text`), saved as TEXT_DIR/<page name without .html>.txt; the older splits keep the
// gold file's body they were annotated on.
// Knows nothing of the tagger.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeXml as escape, inlineTimexes } from './inline';

interface Page {
  file: string;
  url: string;
  published: string;
  body: string;
}

const root = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test/fixtures/timeml-news');
const goldPath = process.argv[2];
if (!goldPath) {
  console.error('usage: npx tsx scripts/eval-tagger/build-news.ts GOLD_JSON');
  process.exit(2);
}
const textDir = process.argv[3];
const pages = new Map((JSON.parse(readFileSync(goldPath, 'utf8')).pages as Page[]).map((p) => [p.file, p]));


let failures = 0;
for (const name of readdirSync(join(root, 'annotations')).filter((f) => f.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(root, 'annotations', name), 'utf8').split('\n');
  const header = (key: string) => lines.find((l) => l.startsWith(`# ${key}:`))?.split(':').slice(1).join(':').trim();
  const page = pages.get(header('page') ?? '');
  const split = header('split');
  if (!page || !split || !['dev', 'check', 'fresh', 'fourth'].includes(split)) throw new Error(`${name}: needs '# page:' of a page in the gold file and '# split: dev|check|fresh|fourth'`);
  if (split === 'fourth' && !textDir) throw new Error(`${name}: the fourth split needs TEXT_DIR (the extracted texts)`);
  const body = split === 'fourth' ? readFileSync(join(textDir, page.file.replace(/\.html$/, '.txt')), 'utf8') : page.body;
  const inlined = inlineTimexes(name, lines, body);
  failures += inlined.failures;
  const out = inlined.out;
  const id = name.replace(/\.txt$/, '');
  const tml =
    `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${id}</DOCID>\n<!-- source: ${escape(page.url)} (saved page from github:postlight/parser's fixtures, MIT); TIMEX3 written by hand -->\n` +
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${page.published}" functionInDocument="CREATION_TIME">${page.published}</TIMEX3></DCT>\n<TEXT>\n${out}\n</TEXT>\n</TimeML>\n`;
  mkdirSync(join(root, split), { recursive: true });
  writeFileSync(join(root, split, `${id}.tml`), tml);
}
if (failures) process.exit(1);
