// Which part of the collection a story reads: articles published in the span, and only dates
// inside it (the CLI's --start/--end; open ends when not given). Knows nothing of ranking.
import type { Collection } from './types';

export interface Span {
  start?: string;
  end?: string;
}

export const inSpan = (day: string, span: Span): boolean =>
  (span.start === undefined || day >= span.start) && (span.end === undefined || day <= span.end);

/** The articles (by index) published within the span. */
export function articlesInSpan(collection: Collection, span: Span): number[] {
  return collection.articles.flatMap((a, i) => (inSpan(a.published, span) ? [i] : []));
}
