import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A verb ending in -eed (succeed, proceed, exceed, need) is no past tense; a date in its clause keeps the clause's own direction. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a verb in -eed is no past', () => {
  it('reads "if they are to succeed on Saturday" ahead of a Thursday story', () => {
    expect(values('The keeper must stay calm if the club is to succeed on Saturday.', '2024-05-16')).toEqual([['Saturday', '2024-05-18']]);
  });
});
