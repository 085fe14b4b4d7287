// "A committed flood campaigner, Okonkwo has led ...": news may front the apposition that says
// who the subject is; the name after its comma is the one a "he" or "she" in the next sentence
// goes on with (antecedent.ts, namedSubject).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a fronted apposition before the subject’s name', () => {
  it('names the "she" of the next sentence, whatever other names the sentence holds', () => {
    const text = 'The charity named its new patrons.\n\nA committed Darfur activist, Okonkwo has led a drive to press China to help end abuses by Sudan. Last year she raised $2 million for the scheme.';
    expect(labels(text)).toContain('Okonkwo raised $2 million for the scheme');
  });

  it('names the "he" of the next sentence after a long apposition', () => {
    const text = 'The court sat for a week.\n\nA judge on the Paris tribunal for a decade, Marsh has led reforms of the French appeals system. In March he ordered a review of the bail rules.';
    expect(labels(text)).toContain('Marsh ordered a review of the bail rules');
  });
});
