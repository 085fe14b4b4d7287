import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "for May" after no commodity is no contract: a name stays a name. Sentences written for these
// tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe("tagTimexes: a contract's delivery month, negative cases", () => {
  it('"voted for May" is a person', () => {
    expect(texts('Most of the cabinet voted for May in the second ballot.')).toEqual([]);
  });
});
