import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A second participle after "and"/"or", with no subject of its own, shares the first one's
// passive and the modal that places it, whatever place or date stands between: news drops the
// repeated "will be". Sentences written for these tests; published Wednesday 10 June 2026.
const values = (text: string) => tagTimexes(text, '2026-06-10').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a participle joined to a passive of "will" looks ahead with it', () => {
  it('"will be unveiled at a trade fair on May 28 and shipped ... in March": both ahead', () => {
    expect(values('The new tractor will be unveiled at a trade fair in Hanover on May 28 and shipped to dealers in March.')).toEqual(['May 28|2027-05-28', 'March|2027-03']);
  });
  it('"to be signed on April 2 and ratified by the assembly in May"', () => {
    expect(values('The treaty is to be signed on April 2 and ratified by the assembly in May.')).toEqual(['April 2|2027-04-02', 'May|2027-05']);
  });
  it('"will be formally welcomed ... and installed ... on June 3"', () => {
    expect(values('The new mayor will be formally welcomed at city hall and installed in her office on June 3.')).toEqual(['June 3|2027-06-03']);
  });
});
