// npx tsx scripts/eval-tagger/build-wire.ts [TIMELINE17_DIR] [SPLIT]
// Writes a Timeline17 split of the second development collection (SPLIT, a folder under
// test/fixtures/timeml-news: `wire` by default, `t17/fresh1`; SPLIT/*.tml) from hand-written
// annotations (SPLIT/annotations/*.txt) and Timeline17's
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
import { escapeXml as escape, inlineTimexes } from './inline';
import { readArticle } from '../../src/cli/storyFolder';

const root = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test/fixtures/timeml-news', process.argv[3] ?? 'wire');
const t17 = process.argv[2] ?? '/tmp/timeline17';


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
  const inlined = inlineTimexes(name, lines, body);
  failures += inlined.failures;
  const out = inlined.out;
  const id = name.replace(/\.txt$/, '');
  const day = published.slice(0, 10);
  const tml =
    `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${id}</DOCID>\n<!-- source: ${escape(outlet)}, Timeline17 ${escape(file)} (Tran et al. 2013, distributed for research by github:Haruhi07/news-tls-best); text as Newsline's story folder reads it; TIMEX3 written by hand -->\n` +
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${day}" functionInDocument="CREATION_TIME">${day}</TIMEX3></DCT>\n<TEXT>\n${out}\n</TEXT>\n</TimeML>\n`;
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, `${id}.tml`), tml);
}
if (failures) process.exit(1);
