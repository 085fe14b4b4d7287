// A Markdown article -> metadata from its front matter and its prose as plain paragraphs.
// Line-based and regex-light (every pattern is anchored or single-quantifier per line).
// Must not know about HTML pages, dates in the prose or events.
import { normalisePublished } from './meta/published';
import type { Ingested } from './types';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n/;
const FIELD = /^([A-Za-z_][\w-]{0,40})\s*:\s*(.*)$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const RULE = /^\s{0,3}(?:[-*_][ \t]*){3,}$/;
const REF_DEF = /^\s{0,3}\[[^\]\n]{1,200}\]:\s/;

function unquote(v: string): string {
  const t = v.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Inline markup -> its text: images dropped, links and emphasis keep their words. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, '')
    .replace(/`([^`\n]{0,500})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{1,500}?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]{1,500}?)[*_](?!\w)/g, '$1$2')
    .replace(/~~([^~\n]{1,500})~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** One source line -> its prose, or null when it is markup only (fences handled by caller). */
function proseOf(line: string): string | null {
  if (RULE.test(line) || REF_DEF.test(line)) return null;
  const heading = /^\s{0,3}#{1,6}\s/.test(line);
  const body = (heading ? line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/[ \t]#{1,6}[ \t]*$/, '') : line)
    .replace(/^\s{0,3}(?:>\s?){1,10}/, '')
    .replace(/^\s{0,6}(?:[-*+]|\d{1,9}[.)])\s+/, '');
  return stripInline(body).trim();
}

export function ingestMarkdown(input: string): Ingested {
  const fields = new Map<string, string>();
  let rest = input;
  const fm = FRONT_MATTER.exec(input);
  if (fm) {
    const close = input.slice(fm[0].length).search(/^(?:---|\.\.\.)[ \t]*$/m);
    if (close >= 0) {
      const block = input.slice(fm[0].length, fm[0].length + close);
      for (const l of block.split(/\r?\n/)) {
        const m = FIELD.exec(l);
        if (m && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), unquote(m[2]));
      }
      rest = input.slice(fm[0].length + close).replace(/^[^\n]*\n?/, '');
    }
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  let firstHeading: string | null = null;
  let inFence = false;
  const end = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of rest.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      end();
      continue;
    }
    if (inFence) continue; // code is not reporting
    if (!/\S/.test(line)) {
      end();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    const item = /^\s{0,6}(?:[-*+]|\d{1,9}[.)])\s/.test(line);
    const prose = proseOf(line);
    if (!prose) {
      end();
      continue;
    }
    if (heading || item) end();
    if (heading && firstHeading === null) firstHeading = prose;
    current.push(prose);
    if (heading) end();
  }
  end();
  const title = fields.get('title') ?? fields.get('headline') ?? firstHeading;
  const published = normalisePublished(
    fields.get('date') ?? fields.get('published') ?? fields.get('datepublished') ?? fields.get('pubdate'),
  );
  return {
    title: title || null,
    published,
    publishedFrom: published ? 'meta' : null,
    url: fields.get('url') ?? fields.get('canonical') ?? fields.get('link') ?? null,
    publisher: fields.get('publisher') ?? fields.get('source') ?? fields.get('site') ?? null,
    text: paragraphs.join('\n\n'),
  };
}
