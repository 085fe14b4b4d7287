// A happening a later statement counts from ("a day after the interview") is found by the noun
// the earlier statement set beside its date, even where its label keeps only the clause's verb.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { toldNear } from '../../../src/lib/events/toldNear';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const dated = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => [e.when.start, e.when.end, e.label]);

describe('the words a dated statement told its happening with', () => {
  it('are its label and the phrase its date stands in', () => {
    const text = 'The harbour master said in a radio interview on March 3 that the quay would shut.';
    expect(toldNear(text, { start: 0, end: text.length }, 'March 3', 'The quay would shut')).toBe('The quay would shut said in a radio interview on March 3 that the quay');
  });
  it('are the label alone when the date is not in the statement', () => {
    expect(toldNear('The quay shut.', { start: 0, end: 14 }, 'today', 'The quay shut')).toBe('The quay shut');
  });
});

describe('a statement counted from a happening named beside the date before', () => {
  it('dates "a day after the interview" from "in a radio interview on March 3"', () => {
    expect(dated('The harbour master said in a radio interview on March 3 that the quay would shut. A day after the interview, the port board voted to keep it open.', 'March 3', '2024-03-03')).toEqual([
      ['2024-03-03', '2024-03-03', 'The quay would shut'],
      ['2024-03-04', '2024-03-04', 'The port board voted to keep it open'],
    ]);
  });
  it('dates "hours after the post" from "in a post on March 3"', () => {
    expect(dated('In a post on March 3, the minister wrote that the levy would go. Hours after the post, the treasury denied it.', 'March 3', '2024-03-03')).toEqual([
      ['2024-03-03', '2024-03-03', 'The levy would go'],
      ['2024-03-03', '2024-03-03', 'The treasury denied it'],
    ]);
  });
});

describe('a date fronted before the statement', () => {
  it('reads the phrase it opens: "In a post on March 3, the minister wrote ..."', () => {
    const text = 'In a post on March 3, the minister wrote that the levy would go.';
    const start = text.indexOf('the minister');
    expect(toldNear(text, { start, end: text.length }, 'March 3', 'The levy would go')).toBe('The levy would go In a post on March 3, ');
  });
});
