import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A headline in the headline present restates its lead (stories written for these tests).
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => `${t.text}=${t.value}`);

describe('a date in a headline named again in the lead', () => {
  it('takes the past the lead tells ("Opens ... Monday" over "opened ... Monday")', () => {
    const story = 'Amtrak Opens Boston Line Monday\n\nBOSTON (AP) -- Amtrak opened its electrified line to New Haven on Monday, cutting the trip by 40 minutes.';
    expect(values(story, '1992-06-17')).toEqual(['Monday=1992-06-15', 'Monday=1992-06-15', '40 minutes=PT40M']);
  });

  it('takes the past the lead tells for a time of day as well', () => {
    const story = 'Tanker Runs Aground Sunday Night\nHALIFAX, Nova Scotia (AP) -- A Greek tanker ran aground Sunday night off Sable Island.';
    expect(values(story, '1993-03-02')).toEqual(['Sunday Night=1993-02-28TNI', 'Sunday night=1993-02-28TNI']);
  });

  it('keeps the future the lead tells ("Resume Monday" over "will resume ... Monday")', () => {
    const story = 'Rail Talks Resume Monday\n\nWASHINGTON (AP) -- Negotiators for the rail unions will resume talks with the carriers Monday.';
    expect(values(story, '1992-06-17')).toEqual(['Monday=1992-06-22', 'Monday=1992-06-22']);
  });
});
