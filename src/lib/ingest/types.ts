// What every ingest route returns. Knows nothing of how an input was read.

export interface Ingested {
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, or null when the input states none. */
  published: string | null;
  url: string | null;
  publisher: string | null;
  /** The plain text every offset of the document refers to. */
  text: string;
}

export type InputKind = 'text' | 'markdown' | 'html';
