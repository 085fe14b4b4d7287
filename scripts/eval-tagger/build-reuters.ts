// npx tsx scripts/eval-tagger/build-reuters.ts [SGM_DIR]
// Writes the Reuters split of the second development collection
// (test/fixtures/timeml-news/reuters/{dev,check}/*.tml) from hand-written annotations
// (test/fixtures/timeml-news/reuters/annotations/*.txt) and the Reuters-21578 files
// (reut2-NNN.sgm, as copied in github:loki86/ksr_zadanie1V2; default /tmp/reuters21578).
// An annotation file names its story (`# file: reut2-NNN.sgm`, `# newid: N`, `# split: dev|check`)
// and lists, in reading order, one TIMEX3 a line: `surface text | TYPE | VALUE`; each is found
// after the previous one, on word boundaries. The text is reutersSgml.ts's (headline, blank line,
// dateline and one line a paragraph); the DCT the day of the story's <DATE>. The values were
// written by reading the stories with the TimeML (TIMEX3) guidelines, never from the tagger's output.
// Knows nothing of the tagger.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeXml as escape, inlineTimexes } from './inline';
import { readReutersStories, type ReutersStory } from './reutersSgml';

const root = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test/fixtures/timeml-news/reuters');
const sgmDir = process.argv[2] ?? '/tmp/reuters21578';
const files = new Map<string, ReutersStory[]>();
const storiesOf = (file: string) => {
  if (!files.has(file)) files.set(file, readReutersStories(readFileSync(join(sgmDir, file), 'latin1')));
  return files.get(file)!;
};

let failures = 0;
for (const name of readdirSync(join(root, 'annotations')).filter((f) => f.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(root, 'annotations', name), 'utf8').split('\n');
  const header = (key: string) => lines.find((l) => l.startsWith(`# ${key}:`))?.split(':').slice(1).join(':').trim();
  const [file, newid, split] = [header('file'), header('newid'), header('split')];
  if (!file || !newid || !split || !['dev', 'check', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22'].includes(split)) throw new Error(`${name}: needs '# file:', '# newid:' and '# split: dev|check|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22'`);
  const story = storiesOf(file).find((s) => s.newid === newid);
  if (!story) throw new Error(`${name}: no story NEWID=${newid} in ${file}`);
  const inlined = inlineTimexes(name, lines, story.text);
  failures += inlined.failures;
  const id = name.replace(/\.txt$/, '');
  const tml =
    `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${id}</DOCID>\n<!-- source: Reuters-21578 ${escape(file)} NEWID=${newid} (Reuters newswire of ${story.date}; distributed for research by Reuters and Carnegie Group, see ../CREDITS.md); TIMEX3 written by hand -->\n` +
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${story.date}" functionInDocument="CREATION_TIME">${story.date}</TIMEX3></DCT>\n<TEXT>\n${inlined.out}\n</TEXT>\n</TimeML>\n`;
  mkdirSync(join(root, split), { recursive: true });
  writeFileSync(join(root, split, `${id}.tml`), tml);
}
if (failures) process.exit(1);
