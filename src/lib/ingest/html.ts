// A saved news page (HTML) -> metadata and the article body as plain paragraphs.
// Streams through htmlparser2 (no DOM, so it runs the same in Node, a Worker and the page).
// Must not know about dates in the prose, sentences or events; markup is never executed.
import { Parser } from 'htmlparser2';
import { articleFromJsonLd } from './jsonld';
import { normalisePublished } from './published';
import { BLOCK_TAGS, CONTAINERS, SKIP_CLASS, SKIP_ROLES, SKIP_TAGS, VOID_TAGS } from './htmlRules';
import type { Ingested, ParseHtml } from './types';

interface Block {
  text: string;
  /** Which outermost <article> holds the block (-1: none): teaser cards are articles too. */
  article: number;
  inMain: boolean;
}

/** The <article> with the most text: the story, not the teasers around it. */
function longestArticle(blocks: Block[]): number {
  const size = new Map<number, number>();
  for (const b of blocks) if (b.article >= 0) size.set(b.article, (size.get(b.article) ?? 0) + b.text.length);
  let best = -1;
  for (const [id, n] of size) if (best < 0 || n > size.get(best)!) best = id;
  return best;
}

function parsePage(html: string, trustClasses: boolean): Ingested {
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const times: string[] = [];
  let pubTime: string | null = null;
  let canonical: string | null = null;
  let titleTag = '';
  let h1 = '';

  const blocks: Block[] = [];
  let current = '';
  let skipDepth = 0; // >0 while inside a skipped subtree
  const stack: { name: string; skip: boolean }[] = [];
  let articleDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let inJsonLd = false;
  let script = '';
  let articles = -1; // index of the current outermost <article>
  let sawMain = false;

  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) blocks.push({ text, article: articleDepth > 0 ? articles : -1, inMain: mainDepth > 0 });
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
        } else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && attrs.href) {
          canonical ??= attrs.href;
        } else if (name === 'time' && attrs.datetime) {
          if (attrs.itemprop === 'datePublished' || 'pubdate' in attrs) pubTime ??= attrs.datetime;
          times.push(attrs.datetime);
        }
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) [inJsonLd, script] = [true, ''];
        if (name === 'title') inTitle = true;
        if (name === 'h1' && skipDepth === 0) inH1 = true;
        if (VOID_TAGS.has(name)) {
          if (name === 'br' && skipDepth === 0) flush();
          return;
        }
        const skip =
          SKIP_TAGS.has(name) ||
          SKIP_ROLES.test(attrs.role ?? '') ||
          (trustClasses && !CONTAINERS.has(name) && SKIP_CLASS.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`)) ||
          'hidden' in attrs ||
          attrs['aria-hidden'] === 'true';
        if (BLOCK_TAGS.has(name) && skipDepth === 0) flush();
        stack.push({ name, skip });
        if (skip) skipDepth++;
        if (name === 'article' && skipDepth === 0 && articleDepth++ === 0) articles++;
        if (name === 'main' && skipDepth === 0) [mainDepth, sawMain] = [mainDepth + 1, true];
      },
      ontext(data) {
        if (inJsonLd) script += data;
        else if (inTitle) titleTag += data;
        else if (skipDepth === 0) {
          current += data;
          if (inH1) h1 += data;
        }
      },
      onclosetag(name) {
        if (name === 'script' && inJsonLd) {
          jsonLd.push(script);
          inJsonLd = false;
        }
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (VOID_TAGS.has(name)) return;
        // htmlparser2 reports implied closes too, so the stack stays balanced on sloppy pages.
        const open = stack.pop();
        if (!open) return;
        if (BLOCK_TAGS.has(name) && skipDepth === 0) flush();
        if (open.name === 'article' && skipDepth === 0 && articleDepth > 0) articleDepth--;
        if (open.name === 'main' && skipDepth === 0 && mainDepth > 0) mainDepth--;
        if (open.skip) skipDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const ld = articleFromJsonLd(jsonLd);
  const story = longestArticle(blocks);
  const body = blocks.filter((b) => (story >= 0 ? b.article === story : sawMain ? b.inMain : true));
  const clean = (s: string | null | undefined) => (s ? s.replace(/[\s\u00a0]+/g, ' ').trim() || null : null);
  const published =
    [ld?.datePublished, meta.get('article:published_time'), meta.get('datepublished'), pubTime,
     meta.get('og:article:published_time'), meta.get('pubdate'), meta.get('publishdate'),
     meta.get('date'), meta.get('dc.date.issued'), meta.get('dc.date'), times[0]]
      .map(normalisePublished)
      .find((d) => d !== null) ?? null;
  return {
    title: clean(ld?.headline) ?? clean(meta.get('og:title')) ?? clean(meta.get('twitter:title')) ?? clean(h1) ?? clean(titleTag),
    published,
    publishedFrom: published ? 'meta' : null,
    url: clean(canonical) ?? clean(meta.get('og:url')) ?? clean(ld?.url),
    publisher: clean(ld?.publisher) ?? clean(meta.get('og:site_name')),
    text: body.map((b) => b.text).join('\n\n'),
  };
}

// Below this many characters the class words probably hid the story itself (a layout wrapper
// named "sidebar-layout"), so the page is read again without them.
const TOO_LITTLE = 200;

export function ingestHtml(html: string, _options: { url?: string | null; parseHtml?: ParseHtml } = {}): Ingested {
  const page = parsePage(html, true);
  if (page.text.length >= TOO_LITTLE) return page;
  const again = parsePage(html, false);
  return again.text.length > 2 * page.text.length ? again : page;
}
