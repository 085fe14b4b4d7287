// The clause's own plan or expectation stays, whatever kind of people or trend it names.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a plan of the clause', () => {
  it.each([
    ['The club expects to sign winger Ron Tate from Leeds.', 'The club expects to sign winger Ron Tate from Leeds'],
    ['The board said staff preparing to retire would receive a lump sum.', 'Staff preparing to retire would receive a lump sum'],
    ['The council will soon open the new bridge to cyclists.', 'The council will open the new bridge to cyclists'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
