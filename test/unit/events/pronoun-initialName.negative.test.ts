// What the middle-initial rule must leave alone (antecedent.ts).
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

describe('a capitalised word after a full stop that ends a sentence', () => {
  it('is no name when the article writes it in lower case elsewhere', () => {
    const text = 'The plant shut in 1998 under Plan B. Workers left the site after the closure, and workers were paid off. They are due back on Monday.';
    expect(namedAfterSentences(text, 'They are due back')).not.toMatch(/^Workers/);
  });
});
