import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A sentence may open on its date with no preposition, and an aside may stand between the date
// and its clause: "August 3, the day after the merger was announced, the shares jumped". The
// clause after the aside dates it. Sentences are written for these tests.
const PUB = '2025-05-14';

describe('a date opening its sentence takes the clause after it', () => {
  it('a later month-day told in the past is last year', () => {
    expect(tagged('August 3, the day after the Baltic Shipping restructuring plan was announced, its common shares rose almost 27 points.', PUB, 'August 3')?.value).toBe('2024-08-03');
  });
});
