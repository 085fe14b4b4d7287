// Issue 13: furniture a page runs into the story's text without markup to tell it by, told by its
// shape in the text: a court sketch's caption, a caption whose own verb is present with a past
// clause after it, a site's menu one link a line, the outlet's notes to its readers after a
// closing rule, a blog's "Posted by NAME - DATE" byline, a notes list's citations, a fact box's
// date field and a caption placing its people left and right. Their dates are a picture's, a link's or a promoted event's. Lines written for
// these tests; timexes handmade. (What these rules keep: page-shapes.test.ts.)
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2023-03-10';
const datesOf = (text: string, timexes: [string, string][]) =>
  buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text).filter((t) => t !== null);

describe('captions told by their own words', () => {
  it("drops a court sketch's caption", () => {
    const text = 'Anna Weller, left, listens to the verdict in this courtroom drawing made in Leeds on Thursday.\n\nA jury convicted the former treasurer of fraud, the court heard.';
    expect(datesOf(text, [['Thursday', '2023-03-09']])).toEqual([]);
  });
  it("drops an artist's sketch captioned with its day", () => {
    const text = "The accused sits beside his lawyer in this artist's sketch from Tuesday.\n\nThe hearing resumes next week.";
    expect(datesOf(text, [['Tuesday', '2023-03-07'], ['next week', '2023-W11']])).toEqual(['next week']);
  });
  it('drops a caption whose own verb is present and whose clause after "after" is past, ending on a day-first date', () => {
    const text = 'Marta Solé lifts the trophy after her crew won the regatta in the bay, 4 Mar 2023\n\nThe crew of the Albatros took the title by two minutes.';
    expect(datesOf(text, [['4 Mar 2023', '2023-03-04']])).toEqual([]);
  });
});

describe("a site's menu run into the text", () => {
  it('drops a menu line with an open range of years', () => {
    const text = 'The mill closed on Friday after 140 years, its owners said.\n\nLatest news\n\nBack issues (1972- )\n\nClassifieds\n\nContact us';
    expect(datesOf(text, [['Friday', '2023-03-03'], ['1972', '1972']])).toEqual(['Friday']);
  });
});

describe("the outlet's notes to its readers after a closing rule", () => {
  const story =
    'The regional carrier said on Monday it would drop six routes from May, blaming weak demand over the winter months. Its chief executive said the cuts would save about 30 million a year and that no pilots would lose their jobs, although some would be moved to other bases in the spring. The carrier had added three of the routes only last year.';
  it('drops an invitation to a trade show and a sponsored title after the rule', () => {
    const text = `${story}\n\n----------\n\nSave the date! Our Regional Aviation Forum opens in Lisbon on April 18. There is still time to book your seat.\n\nThis week's sponsored report, brought to you by Skyline Data, is out on Thursday.`;
    expect(datesOf(text, [['on Monday', '2023-03-06'], ['May', '2023-05'], ['last year', '2022'], ['on April 18', '2023-04-18'], ['on Thursday', '2023-03-09']])).toEqual(['last year', 'on Monday', 'May']);
  });
  it('drops a reminder that opens on an imperative', () => {
    const text = `${story}\n\n* * *\n\nDon't miss our airline webinar on March 22, free for subscribers.`;
    expect(datesOf(text, [['on Monday', '2023-03-06'], ['May', '2023-05'], ['last year', '2022'], ['on March 22', '2023-03-22']])).toEqual(['last year', 'on Monday', 'May']);
  });
});

describe("a blog post's byline and stamp", () => {
  it('drops "Posted by NAME - DATE CLOCK" set over the post', () => {
    const text = 'Harbour ferries get new timetable\n\nPosted by ferryfan21 - Monday, March 06, 2023 09:15 AM\n\nThe ferry company said on Monday that boats will run every 20 minutes.';
    expect(datesOf(text, [['Monday, March 06, 2023 09:15 AM', '2023-03-06T09:15'], ['on Monday', '2023-03-06']])).toEqual(['on Monday']);
  });
});

describe("a notes list's citations", () => {
  const essay = 'The council has argued for a new harbour since the storms, and few in the town now doubt it will be built.';
  it('drops a numbered note citing pieces by title, outlet and day, several between semicolons', () => {
    const text = `${essay}\n\n(2) Harbour dues rise again, The Coast Gazette, 12 May 2021; Are ports finished?, Shipping Weekly, 9 May 2021\n\n(3) Why ports fail, Sea Review, 4 June 2021.`;
    expect(datesOf(text, [['12 May 2021', '2021-05-12'], ['9 May 2021', '2021-05-09'], ['4 June 2021', '2021-06-04']])).toEqual([]);
  });
  it('drops a pointer to another piece after "see", behind a note on the same line', () => {
    const text = `${essay}\n\n(4) Ports can wait, Sea Review, 4 June 2021. For the other side, see Breakwaters are a waste, Harbour Monthly, 3 March 2021`;
    expect(datesOf(text, [['4 June 2021', '2021-06-04'], ['3 March 2021', '2021-03-03']])).toEqual([]);
  });
});

describe("a fact box's date field", () => {
  it("drops a review's release-date lines", () => {
    const text = 'Northern Lights (Fenwick Films, 2020)\n\nCinema release date: 19 February 2021 (nationwide)\n\nDVD release date: June 4, 2021\n\nThe film follows two sisters who inherit a lighthouse.';
    expect(datesOf(text, [['19 February 2021', '2021-02-19'], ['June 4, 2021', '2021-06-04']])).toEqual([]);
  });
});

describe('a caption that places its people in the picture', () => {
  it('drops "NAME, second left, and NAME, right, VERB ..." told in the present', () => {
    const text = 'Rear Admiral Ines Valdés, second left, and Captain Tomas Berg, right, inspect a patrol boat at the naval base on Tuesday.\n\nThe navy said the boats would be handed over next year.';
    expect(datesOf(text, [['on Tuesday', '2023-03-07'], ['next year', '2024']])).toEqual(['next year']);
  });
});
