import { describe, expect, it } from 'vitest';
import { beforeTeaserRun } from '../../../src/lib/ingest/body/teaserRun';

// A dateline that is the story's own, a single dateline-led paragraph, a page of briefs and a
// story going on after the datelines all stay.
const a = 'Chennai, Mar 3 (PTI): Dock workers at the city port called off their strike on Monday after talks with the port trust.';
const b = 'Bangalore, Mar 3 (IANS): The annual flower show opened at the botanical garden today with more than a thousand kinds of roses.';
const body = 'The port trust said ships held at anchor during the strike would be berthed in the order they arrived, starting with two tankers.';

describe('datelines that open the story itself', () => {
  it('keeps a story opening on its own dateline', () => {
    const text = [a, body, 'Unions had asked for a pay rise of a fifth and got about half of it, a union leader said.'];
    expect(beforeTeaserRun(text)).toEqual(text);
  });

  it('keeps a page of one-paragraph briefs, each on its dateline', () => {
    const text = ['Port strike called off', a, 'Flower show opens', b, 'Rains delay sowing', 'Hyderabad, Mar 3 (PTI): Farmers in the delta put off sowing after a week of heavy rain, officials said.'];
    expect(beforeTeaserRun(text)).toEqual(text);
  });

  it('keeps dateline-led paragraphs with the story going on after them', () => {
    const text = [body, 'Unions had asked for a pay rise of a fifth and got about half of it, a union leader said.', a, b, 'The port trust will meet the unions again in June to settle the remaining claims for overtime.'];
    expect(beforeTeaserRun(text)).toEqual(text);
  });

  it('keeps a single dateline-led paragraph at the end', () => {
    const text = [body, 'Unions had asked for a pay rise of a fifth and got about half of it, a union leader said.', 'More', a];
    expect(beforeTeaserRun(text)).toEqual(text);
  });

  it('keeps a quote trailing off at the story\'s end, alone', () => {
    const text = [body, 'Unions had asked for a pay rise of a fifth and got about half of it, a union leader said.', '"We wanted more, but after three weeks on the quay the men were tired and the families were...'];
    expect(beforeTeaserRun(text)).toEqual(text);
  });

  it('keeps paragraphs ending on a full stop and an ellipsis\'s pause inside the story', () => {
    const text = [body, 'The talks ran late into the night. And then... the deal was done, a negotiator said of the final hour.', 'Unions had asked for a pay rise of a fifth and got about half of it, a union leader said.'];
    expect(beforeTeaserRun(text)).toEqual(text);
  });
});
