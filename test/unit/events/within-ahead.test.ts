// A deadline ahead counted from now ("within two months", "within days") is a band from the day
// after writing to the count's end. Sentences written for these tests; whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const eventsOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => [e.when.text, e.when.start, e.when.end, e.label]);

describe('a deadline ahead counted from now', () => {
  it('within two months', () => {
    expect(eventsOf('The ministry will publish its water plan within two months.', '2025-03-20')).toEqual([['two months', '2025-03-21', '2025-05-20', 'The ministry will publish its water plan']]);
  });
  it('within three years, a band to its end, not a point three years on', () => {
    expect(eventsOf('The new tram line will open within three years.', '2024-05-15')).toEqual([['three years', '2024-05-16', '2027-05-15', 'The new tram line will open']]);
  });
  it('within days, a week', () => {
    expect(eventsOf('The ferry operator will restore the night crossing within days.', '2025-03-20')).toEqual([['days', '2025-03-21', '2025-03-27', 'The ferry operator will restore the night crossing']]);
  });
});
