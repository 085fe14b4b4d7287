// Stories of the Reuters-21578 collection (reut2-NNN.sgm: Reuters newswire of 1987, distributed
// freely for research by Reuters and Carnegie Group with David D. Lewis's notice) as the text the
// tagger is measured on: the headline, a blank line, then the dateline and body with each
// paragraph on one line (the wire's 70-column hard wrap undone, so "March\n 2" is not split), the
// closing "Reuter" sign-off dropped. The DCT is the day of the story's <DATE>.
// Knows nothing of the tagger or of TimeML.

export interface ReutersStory {
  newid: string;
  date: string; // YYYY-MM-DD
  topics: string[];
  title: string;
  text: string;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const decode = (s: string) =>
  s.replace(/&#\d+;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const inner = (block: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block)?.[1];

/** A wrapped body as one line per paragraph: a paragraph begins on a line that opens with spaces. */
function unwrap(body: string): string {
  const paragraphs: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\s+\S/.test(line) || paragraphs.length === 0) paragraphs.push(line.trim());
    else if (line.trim()) paragraphs[paragraphs.length - 1] += ' ' + line.trim();
  }
  return paragraphs.filter(Boolean).join('\n');
}

export function readReutersStories(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const block of sgml.split('</REUTERS>')) {
    const newid = /NEWID="(\d+)"/.exec(block)?.[1];
    const stamp = /<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})/.exec(block);
    const body = inner(block, 'BODY');
    if (!newid || !stamp || !body) continue;
    const date = `${stamp[3]}-${String(MONTHS.indexOf(stamp[2]) + 1).padStart(2, '0')}-${stamp[1].padStart(2, '0')}`;
    const title = decode(inner(block, 'TITLE') ?? '').trim();
    const dateline = decode(inner(block, 'DATELINE') ?? '').trim();
    const lead = unwrap(decode(body).replace(/\s*Reuter\s*$/i, ''));
    const topics = [...(inner(block, 'TOPICS') ?? '').matchAll(/<D>([^<]*)<\/D>/g)].map((m) => m[1]);
    stories.push({ newid, date, topics, title, text: `${title}\n\n${dateline ? dateline + ' ' : ''}${lead}\n` });
  }
  return stories;
}
