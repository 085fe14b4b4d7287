// JSON-LD metadata (schema.org NewsArticle and kin) from the strings of a page's
// <script type="application/ld+json"> blocks. Must not know about the DOM or about which
// signal wins the publication date: it reports what the blocks say.

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
}

// News first: a page often carries a WebPage or a BreadcrumbList beside the article, and
// some CMSs type the story as a plain Article, ReportageNewsArticle or BlogPosting. A WebPage
// is read last, for the fields no article node gives (Yoast's @graph dates only the WebPage).
const RANK: Record<string, number> = {
  NewsArticle: 5,
  ReportageNewsArticle: 5,
  AnalysisNewsArticle: 5,
  OpinionNewsArticle: 5,
  BackgroundNewsArticle: 5,
  ReviewNewsArticle: 5,
  LiveBlogPosting: 4,
  Article: 3,
  BlogPosting: 3,
  SocialMediaPosting: 3,
  ScholarlyArticle: 3,
  TechArticle: 3,
  Report: 2,
  WebPage: 1,
  ItemPage: 1,
};
const MAX_NODES = 2000;
// A JSON-LD block larger than this is a catalogue, not a page's description.
const MAX_BLOCK = 500_000;

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

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Node)['@id']);
  return null;
}

/** Every object in a JSON-LD value, breadth first: top level, arrays, `@graph` and main entities. */
function* nodes(root: unknown): Generator<Node> {
  const queue: unknown[] = [root];
  let seen = 0;
  while (queue.length && seen < MAX_NODES) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v.slice(0, MAX_NODES));
    else if (v && typeof v === 'object') {
      seen++;
      const node = v as Node;
      yield node;
      if (Array.isArray(node['@graph'])) queue.push(...(node['@graph'] as unknown[]).slice(0, MAX_NODES));
      for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart'])
        if (node[key] && typeof node[key] === 'object') queue.push(node[key]);
    }
  }
}

/** Parses a block; CMSs often leave raw line breaks inside strings, which JSON forbids. */
function parse(block: string): unknown {
  const text = block.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** What the page's JSON-LD says of its article; malformed JSON is skipped, never thrown. */
export function articleFromJsonLd(blocks: string[]): JsonLdArticle | null {
  const ranked: { node: Node; rank: number }[] = [];
  const byId = new Map<string, Node>();
  for (const block of blocks) {
    if (block.length > MAX_BLOCK) continue;
    for (const node of nodes(parse(block))) {
      const id = str(node['@id']);
      if (id && !byId.has(id)) byId.set(id, node);
      const r = rank(node);
      if (r > 0) ranked.push({ node, rank: r });
    }
  }
  if (!ranked.length) return null;
  // Stable: among equals the first block's node wins, as the page's own story comes first.
  ranked.sort((a, b) => b.rank - a.rank);
  const first = <T>(read: (n: Node) => T | null): T | null => {
    for (const { node } of ranked) {
      const v = read(node);
      if (v !== null) return v;
    }
    return null;
  };
  const nameOf = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (Array.isArray(v)) return nameOf(v[0]);
    if (v && typeof v === 'object') {
      const id = idOf(v);
      return str((v as Node).name) ?? (id && byId.has(id) ? str(byId.get(id)!.name) : null);
    }
    return null;
  };
  const top = ranked[0].node;
  // The date and headline come from one story node when it has them: mixing the article's
  // headline with a WebPage's date could date another page.
  return {
    headline: str(top.headline) ?? first((n) => str(n.headline)) ?? str(top.name),
    datePublished: str(top.datePublished) ?? str(top.dateCreated) ?? first((n) => str(n.datePublished)),
    dateModified: str(top.dateModified) ?? first((n) => str(n.dateModified)),
    publisher: first((n) => nameOf(n.publisher)),
    url: str(top.url) ?? idOf(top.mainEntityOfPage),
  };
}
