import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Two months of a trade stay two months. Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '1992-05-20').map((t) => t.text);

describe('tagTimexes: a run of months written with a slash, negative cases', () => {
  it('"Jul/Aug shipment" is no quarter', () => {
    expect(texts('Traders sold sugar for Jul/Aug shipment.')).not.toContain('Jul/Aug');
  });
});
