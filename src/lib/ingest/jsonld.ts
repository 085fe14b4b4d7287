// JSON-LD metadata (schema.org NewsArticle and kin) from the strings of a page's
// <script type="application/ld+json"> blocks. Must not know about HTML parsing: it gets text.

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

// News first: a page often carries a WebPage or a BreadcrumbList beside the article, and
// some CMSs type the story as a plain Article, ReportageNewsArticle or BlogPosting.
const RANK: Record<string, number> = {
  NewsArticle: 4,
  ReportageNewsArticle: 4,
  AnalysisNewsArticle: 4,
  OpinionNewsArticle: 4,
  BackgroundNewsArticle: 4,
  LiveBlogPosting: 3,
  Article: 2,
  BlogPosting: 2,
  Report: 1,
};
const MAX_NODES = 2000;

type Node = Record<string, unknown>;

function rank(node: Node): number {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  let best = 0;
  for (const x of types) if (typeof x === 'string') best = Math.max(best, RANK[x.replace(/^.*[/:]/, '')] ?? 0);
  return best;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Node).name);
  return null;
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Node)['@id']);
  return null;
}

/** Every object in a JSON-LD value, breadth first: top level, arrays and `@graph` members. */
function* nodes(root: unknown): Generator<Node> {
  const queue: unknown[] = [root];
  let seen = 0;
  while (queue.length && seen < MAX_NODES) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      seen++;
      const node = v as Node;
      yield node;
      if (Array.isArray(node['@graph'])) queue.push(...(node['@graph'] as unknown[]));
      if (node.mainEntity && typeof node.mainEntity === 'object') queue.push(node.mainEntity);
    }
  }
}

/** The best-ranked article among the blocks; malformed JSON is skipped, never thrown. */
export function articleFromJsonLd(blocks: string[]): JsonLdArticle | null {
  let best: Node | null = null;
  let bestRank = 0;
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    for (const node of nodes(parsed)) {
      const r = rank(node);
      if (r > bestRank) [best, bestRank] = [node, r];
    }
  }
  if (!best) return null;
  return {
    headline: str(best.headline) ?? str(best.name),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    publisher: nameOf(best.publisher),
    url: str(best.url) ?? idOf(best.mainEntityOfPage),
  };
}
