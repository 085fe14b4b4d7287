// A small TimeML (.tml) reader for the evaluation script: the text a tagger sees is the content
// of <TEXT> with every tag removed and XML entities decoded, nothing trimmed (the scorer's text
// model), and the publication date is the value of the CREATION_TIME TIMEX3 (in <DCT>).
// Knows nothing of the tagger or the scorer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface TmlDocument {
  id: string;
  text: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, as the DCT gives it. */
  published: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{1,10});/g, (whole, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[e] ?? whole;
  });
}

/** Tags and comments removed, entities decoded: the scorer's offsets index this string. */
export function stripTags(xml: string): string {
  const parts = xml.split(/(<!--[\s\S]*?-->|<[^>]*>)/);
  let text = '';
  for (let i = 0; i < parts.length; i += 2) text += decodeEntities(parts[i]);
  return text;
}

export function parseTml(xml: string, id: string): TmlDocument {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < 0) throw new Error(`${id}: no <TEXT> element`);
  const text = stripTags(xml.slice(open.index + open[0].length, close));
  const dct = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const value = dct && /\bvalue="([^"]*)"/.exec(dct[0]);
  if (!value) throw new Error(`${id}: no creation time`);
  // DCT values may carry a zone suffix or seconds; the tagger takes the local date and time.
  const published = value[1].replace(/(T\d{2}:\d{2}(?::\d{2})?).*$/, '$1');
  return { id, text, published };
}

/** Every .tml file under `dir` (recursively), sorted by path for stable output. */
export function readTmlDir(dir: string): TmlDocument[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tml')) files.push(p);
    }
  };
  if (statSync(dir).isDirectory()) walk(dir);
  else files.push(dir);
  return files.map((f) => parseTml(readFileSync(f, 'utf8'), basename(f).replace(/\.tml$/, '')));
}
