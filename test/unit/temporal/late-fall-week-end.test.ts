import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "until late fall" (the American autumn after a position word) and "towards the week-end" (the
// wire's hyphenated weekend). Sentences written for these tests; published Wednesday 2024-05-15.
const tags = (text: string) => tagTimexes(text, '2024-05-15').map((t) => [t.text, t.value]);

describe('tagTimexes: "late fall" and "the week-end"', () => {
  it('tags "until late fall" as the coming autumn', () => {
    expect(tags('The ferry line will not add the new route until late fall.')).toEqual([['late fall', '2024-FA']]);
  });
  it('tags "in early fall" told in the past as the autumn before', () => {
    expect(tags('The mill closed its second shift in early fall.')).toEqual([['early fall', '2023-FA']]);
  });
  it('tags "towards the week-end" ahead as the coming weekend', () => {
    expect(tags('The pumping station will probably restart towards the week-end.')).toEqual([['the week-end', '2024-W20-WE']]);
  });
  it('tags "over the week-end" told in the past as the weekend just gone', () => {
    expect(tags('Talks between the dockers and the port were held over the week-end.')).toEqual([['the week-end', '2024-W19-WE']]);
  });
});
