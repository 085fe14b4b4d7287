// Publication and modification stamps from <meta> tags, by the conventions CMSs follow
// (Open Graph, Parse.ly, Sailthru, Dublin Core, citation_*, plain "date"/"pubdate").
// Must not know about JSON-LD, microdata or the page's visible text.
import { readStamp, type Stamp } from './published';

// Most specific first: a tag named for the article's first publication beats a generic "date".
const PUBLISHED = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published',
  'article.published', 'article_date_original', 'originalpublicationdate', 'parsely-pub-date',
  'sailthru.date', 'publish-date', 'publishdate', 'publish_date', 'published-date', 'published_date',
  'published_time', 'publication_date', 'date_published', 'datepublished', 'dc.date.issued',
  'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.created', 'dc:created',
  'citation_publication_date', 'citation_date', 'article.created', 'bt:pubdate', 'rnews:datepublished',
  'cxenseparse:recs:publishtime', 'shareaholic:article_published_time',
  // The New York Times' CMS: ptime the publication's clock (20111221193006), pdate its day,
  // DISPLAYDATE the day printed on the page (the URL's folder is the print edition's)
  'ptime', 'pdate', 'displaydate', 'pubdate', 'dc.date', 'dcterms.date',
  'dc:date', 'date',
];
const MODIFIED = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'modified_time', 'updated_time',
  'datemodified', 'dc.modified', 'dcterms.modified', 'last-modified', 'lastmodified', 'utime',
];
// Heads are short; a page with more meta tags than this is listing something else.
const MAX_TAGS = 600;

export interface MetaStamps {
  published: Stamp | null;
  /** Every published stamp the tags give, for comparing zones. */
  all: Stamp[];
  modified: Stamp | null;
}

/** The meta tags as key -> first content; keys are property, name or http-equiv, lowercased. */
export function metaContents(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, MAX_TAGS)) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && content.trim() && !out.has(key)) out.set(key, content.trim());
  }
  return out;
}

export function metaStamps(meta: Map<string, string>): MetaStamps {
  const all: Stamp[] = [];
  for (const key of PUBLISHED) {
    const stamp = readStamp(meta.get(key));
    if (stamp) all.push(stamp);
  }
  let modified: Stamp | null = null;
  for (const key of MODIFIED) if ((modified = readStamp(meta.get(key)))) break;
  return { published: all[0] ?? null, all, modified };
}
