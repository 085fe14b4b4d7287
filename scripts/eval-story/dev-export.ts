// Development only: each timeline's article relevance (relevance.ts, over the articles of its
// span), for Python experiments on the collections (dev-days.py).
//   tsx scripts/eval-story/dev-export.ts OUT.json
import { writeFileSync } from 'node:fs';
import { cases, collections } from './dev-tune';
import { articleRelevance } from '../../src/lib/story/relevance';
import { articlesInSpan } from '../../src/lib/story/scope';
const out: Record<string, Record<number, number>> = {};
for (const c of cases) {
  const col = collections.get(c.topic)!;
  out[c.key] = Object.fromEntries(articleRelevance(col, articlesInSpan(col, { start: c.start, end: c.end })));
}
writeFileSync(process.argv[2], JSON.stringify(out));
