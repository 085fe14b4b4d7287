// A pronoun after a fronted clause of its own sentence goes on with that clause's subject; a
// demonstrative opening the clause ("When that storm struck, it ...") points back as "the" does
// and the label says "The storm" (antecedent.ts, subject).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a pronoun after a fronted clause of its own sentence', () => {
  it('names the thing a demonstrative opened the fronted clause with', () => {
    const text = 'The harbour board hired two more tugs.\n\nBut when that storm struck three weeks ago, it quickly flooded the lower quays of the port.';
    expect(labels(text)).toContain('The storm quickly flooded the lower quays of the port');
  });

  it('names the plural a demonstrative opened the fronted clause with', () => {
    const text = 'The council bought new pumps.\n\nWhen those pipes burst last winter, they soaked the archive of the county library.';
    expect(labels(text)).toContain('The pipes soaked the archive of the county library');
  });
});
