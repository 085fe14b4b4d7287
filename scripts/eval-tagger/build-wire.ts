// npx tsx scripts/eval-tagger/build-wire.ts [TIMELINE17_DIR]
// Writes the wire split of the second development collection (test/fixtures/timeml-news/wire/*.tml)
// from hand-written annotations (test/fixtures/timeml-news/wire/annotations/*.txt) and Timeline17's
// article files (Tran et al. 2013, as distributed by github:Haruhi07/news-tls-best,
// dataset/Timeline17; default /tmp/timeline17). The text is the file as Newsline's story folder
// reads it (`readArticle`: PTB tokens detokenized), the DCT the day of the file's folder.
// An annotation file names its article (`# file: TOPIC/articles/DAY/OUTLET-N.txt`, `# outlet:`)
// and lists, in reading order, one TIMEX3 a line: `surface text | TYPE | VALUE`; each is found
// after the previous one, on word boundaries. The values were written by reading the articles with
// the TimeML (TIMEX3) guidelines, never from the tagger's output.
// Knows nothing of the tagger.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/cli/storyFolder';

const root = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test/fixtures/timeml-news/wire');
const t17 = process.argv[2] ?? '/tmp/timeline17';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

let failures = 0;
for (const name of readdirSync(join(root, 'annotations')).filter((f) => f.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(root, 'annotations', name), 'utf8').split('\n');
  const header = (key: string) => lines.find((l) => l.startsWith(`# ${key}:`))?.split(':').slice(1).join(':').trim();
  const file = header('file');
  const outlet = header('outlet');
  if (!file || !outlet) throw new Error(`${name}: needs '# file: TOPIC/articles/DAY/OUTLET-N.txt' and '# outlet:'`);
  const outcome = readArticle(file.replace(/^.*?\/articles\//, ''), readFileSync(join(t17, file), 'utf8'));
  if (!('article' in outcome)) throw new Error(`${name}: ${outcome.skipped}`);
  const { text: body, published } = outcome.article;
  let from = 0;
  let out = '';
  let tid = 1;
  for (const line of lines.filter((l) => l.trim() && !l.startsWith('#'))) {
    const [surface, type, value] = line.split('|').map((s) => s.trim());
    let at = body.indexOf(surface, from);
    while (at >= 0 && (isWord(body[at - 1]) || isWord(body[at + surface.length]))) at = body.indexOf(surface, at + 1);
    if (at < 0) {
      console.error(`${name}: '${surface}' not found after offset ${from}`);
      failures++;
      continue;
    }
    out += escape(body.slice(from, at)) + `<TIMEX3 tid="t${tid++}" type="${type}" value="${value}">${escape(surface)}</TIMEX3>`;
    from = at + surface.length;
    console.log(`${name}\t${value}\t…${body.slice(Math.max(0, at - 30), at)}[${surface}]${body.slice(from, from + 20)}…`.replace(/\n/g, ' '));
  }
  out += escape(body.slice(from));
  const id = name.replace(/\.txt$/, '');
  const day = published.slice(0, 10);
  const tml =
    `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${id}</DOCID>\n<!-- source: ${escape(outlet)}, Timeline17 ${escape(file)} (Tran et al. 2013, distributed for research by github:Haruhi07/news-tls-best); text as Newsline's story folder reads it; TIMEX3 written by hand -->\n` +
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${day}" functionInDocument="CREATION_TIME">${day}</TIMEX3></DCT>\n<TEXT>\n${out}\n</TEXT>\n</TimeML>\n`;
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, `${id}.tml`), tml);
}
if (failures) process.exit(1);
