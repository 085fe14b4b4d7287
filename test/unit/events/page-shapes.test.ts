// Issue 13: what the page-shape rules (page-shapes.negative.test.ts) keep: prose that names a
// drawing, a past sentence ending on a day-first date, a chronology's dated lines, and after a
// closing rule a contributor's line and a quote that says "you"; a sentence naming an outlet and a
// day, a date field's day told in a sentence, and a past sentence naming who sat to the left. Lines written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2023-03-10';
const datesOf = (text: string, timexes: [string, string][]) =>
  buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text).filter((t) => t !== null);

describe('prose that looks like a caption', () => {
  it('keeps a sentence about a drawing that is news', () => {
    const text = 'The museum bought the drawing on Tuesday for 2 million pounds.';
    expect(datesOf(text, [['on Tuesday', '2023-03-07']])).toEqual(['on Tuesday']);
  });
  it('keeps a past main verb before a past clause, ending on a day-first date', () => {
    const text = 'The coach resigned after his side lost the final, 4 Mar 2023';
    expect(datesOf(text, [['4 Mar 2023', '2023-03-04']])).toEqual(['4 Mar 2023']);
  });
});

describe('lines of a list that are news', () => {
  it("keeps a chronology's dated lines set one a line", () => {
    const text = 'How the dispute unfolded:\n\nJan. 9 - Drivers walk out\n\nFeb. 2 - Talks collapse\n\nMarch 1 - Union accepts offer';
    expect(datesOf(text, [['Jan. 9', '2023-01-09'], ['Feb. 2', '2023-02-02'], ['March 1', '2023-03-01']])).toEqual(['Jan. 9', 'Feb. 2', 'March 1']);
  });
});

describe('after a closing rule', () => {
  const story =
    'The regional carrier said on Monday it would drop six routes from May, blaming weak demand over the winter months. Its chief executive said the cuts would save about 30 million a year and that no pilots would lose their jobs, although some would be moved to other bases in the spring.';
  it("keeps a reporter's line that speaks to no one", () => {
    const text = `${story}\n\n___\n\nReporters in Oslo contributed to this story, filed on Thursday.`;
    expect(datesOf(text, [['on Monday', '2023-03-06'], ['May', '2023-05'], ['on Thursday', '2023-03-09']])).toContain('on Thursday');
  });
  it('keeps a quote that says "you", after a rule between two parts of a story', () => {
    const text = `${story}\n\n* * *\n\n"You cannot run a route half empty," the pilots' union leader said on Tuesday.`;
    expect(datesOf(text, [['on Monday', '2023-03-06'], ['May', '2023-05'], ['on Tuesday', '2023-03-07']])).toContain('on Tuesday');
  });
});

describe('sentences that name a piece, an outlet and a day', () => {
  it('keeps a sentence reporting what a paper printed', () => {
    const text = 'The mayor resigned after the claims were printed by The Coast Gazette on 12 May 2021.';
    expect(datesOf(text, [['on 12 May 2021', '2021-05-12']])).toEqual(['on 12 May 2021']);
  });
  it('keeps a numbered point that is a sentence of its own', () => {
    const text = 'What the council agreed:\n\n(1) The harbour wall will be raised by two metres, starting in March 2022.';
    expect(datesOf(text, [['in March 2022', '2022-03']])).toEqual(['in March 2022']);
  });
});

describe('a date field told in a sentence', () => {
  it('keeps a release date reported in prose', () => {
    const text = 'The studio said the release date would move to 19 February 2021 because cinemas were shut.';
    expect(datesOf(text, [['19 February 2021', '2021-02-19']])).toEqual(['19 February 2021']);
  });
  it('keeps a label and a sentence after the date', () => {
    const text = 'The film follows two sisters.\n\nNew date: 19 February 2021, when the cinemas reopen, the studio said.';
    expect(datesOf(text, [['19 February 2021', '2021-02-19']])).toEqual(['19 February 2021']);
  });
});

describe('a sentence that says left or right', () => {
  it('keeps a past sentence with a name and "left" set off by commas', () => {
    const text = 'The two captains, Ines Valdés, left, and Tomas Berg, signed the agreement on Tuesday after a week of talks.';
    expect(datesOf(text, [['on Tuesday', '2023-03-07']])).toEqual(['on Tuesday']);
  });
});
