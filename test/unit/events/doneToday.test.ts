// "today" after a plain past of its own clause dates that past, whatever clause of purpose
// follows. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2008-01-16';
const daysOf = (text: string) =>
  buildEvents(text, [timexOf(text, /today/i.exec(text)![0], PUBLISHED)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end, e.status]);

describe('today after a plain past', () => {
  it('dates a testimony before an infinitive of purpose', () => {
    expect(daysOf('Both brothers testified today in the county court to have their sentences reduced.')).toEqual([['2008-01-16', '2008-01-16', 'past']]);
  });
  it('dates an arrival before an infinitive of purpose', () => {
    expect(daysOf('The two crews arrived today at the quay to have their boats inspected.')).toEqual([['2008-01-16', '2008-01-16', 'past']]);
  });
});
