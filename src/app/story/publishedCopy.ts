// What a story publishes: the document with only the sentences its entries cite. A story's
// joint text runs to megabytes (every article whole), but a reader of the graphic sees the
// entries and their sentences, never the rest, and an embed carries its document inline: so
// each article keeps only its cited sentences (in their order, a blank line between), with
// every offset moved to match. Articles no entry cites are left out. A single article's
// document is published whole, as before. Pure; knows nothing of components.
import type { NewslineDocument, SourceSpan, StoryArticleSpan } from '../../lib/document';
import { sourcesOf } from '../../lib/edits';
import { ARTICLE_BREAK as BETWEEN } from '../../lib/story/joint';

/** The cited stretches of the text, in order, overlapping ones made one. */
function citedPieces(doc: NewslineDocument): SourceSpan[] {
  const spans = doc.events
    .flatMap(sourcesOf)
    .filter((s) => s.start >= 0 && s.end <= doc.text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: SourceSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function publishedCopy(doc: NewslineDocument): NewslineDocument {
  if (!doc.articles?.length) return doc;
  const pieces = citedPieces(doc);
  const moved: Array<{ from: number; to: number; length: number }> = [];
  const articles: StoryArticleSpan[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const a of doc.articles) {
    const inside = pieces.filter((p) => p.start >= a.start && p.end <= a.end);
    if (inside.length === 0) continue;
    if (parts.length) at += BETWEEN.length;
    const start = at;
    inside.forEach((p, i) => {
      if (i) at += BETWEEN.length;
      moved.push({ from: p.start, to: at, length: p.end - p.start });
      at += p.end - p.start;
    });
    parts.push(inside.map((p) => doc.text.slice(p.start, p.end)).join(BETWEEN));
    articles.push({ ...a, start, end: at });
  }
  const where = (s: SourceSpan): SourceSpan | null => {
    const m = moved.find((x) => s.start >= x.from && s.end <= x.from + x.length);
    return m ? { start: s.start - m.from + m.to, end: s.end - m.from + m.to } : null;
  };
  const events = doc.events.map((e) => {
    const source = where(e.source) ?? { start: 0, end: 0 };
    if (!e.sources) return { ...e, source };
    return { ...e, source, sources: e.sources.flatMap((s) => where(s) ?? []) };
  });
  const timexes = doc.timexes.flatMap((t) => {
    const s = where(t);
    return s ? [{ ...t, ...s }] : [];
  });
  return { ...doc, text: parts.join(BETWEEN), timexes, events, articles };
}
