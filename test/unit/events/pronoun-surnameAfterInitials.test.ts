// News names a person in full once ("C.J. Dell") and by surname after; a surname the language
// model reads as a company or a place is the person's where the article writes it after initials
// or a courtesy title, and the next sentence's "he" goes on with it (antecedent.ts, personsSurname).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2024-05-20', url: null, publisher: null }).events.map((e) => e.label);

describe('a surname read as a company, after the full name with initials', () => {
  it('names the "he" of the next sentence', () => {
    const text = 'The Kings played without C.J. Dell, who hurt a knee in the derby. Dell was taken to hospital on Saturday. He will miss the rest of the season after surgery on Thursday.';
    expect(labels(text)).toContain('Dell will miss the rest of the season after surgery');
  });

  it('and after a courtesy title', () => {
    const text = 'Mr. Dell, the club’s chairman, was not at the match. Dell resigned on Saturday. He will stay on as an adviser until June.';
    expect(labels(text)).toContain('Dell will stay on as an adviser');
  });
});
