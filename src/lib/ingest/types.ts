// What every ingest route returns. Knows nothing of how an input was read.

/** Where the publication date came from (DESIGN.md's `article.publishedFrom`). */
export type PublishedFrom = 'json-ld' | 'meta' | 'microdata' | 'time' | 'url' | 'dateline' | 'given';

export function isPublishedFrom(v: unknown): v is PublishedFrom {
  return typeof v === 'string' && /^(?:json-ld|meta|microdata|time|url|dateline|given)$/.test(v);
}

export interface Ingested {
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, or null when the input states none. */
  published: string | null;
  /** Where `published` was found; null when it is null. */
  publishedFrom: PublishedFrom | null;
  url: string | null;
  publisher: string | null;
  /** The plain text every offset of the document refers to. */
  text: string;
}

export type InputKind = 'text' | 'markdown' | 'html';

/**
 * Markup -> an inert DOM Document. Injected, because the app has the browser's DOMParser
 * (scripts never run in a parsed document) and Node has none: `dom/node.ts` gives linkedom's.
 */
export type ParseHtml = (html: string) => Document;
