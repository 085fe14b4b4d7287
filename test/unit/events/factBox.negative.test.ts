// What a line led by a year and a colon must NOT be dated as: a rail's teaser standing alone,
// with no neighbour line led by a figure. Lines written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-10-24';

describe('a year-led line that is a teaser', () => {
  it('leaves a lone teaser between prose and a menu alone', () => {
    const text = 'The minister spoke at length about the budget.\n\nMore from Politics\n\n2016: The year the pollsters got it wrong\n\nThe minister will answer questions next week.';
    const events = buildEvents(text, [timexOf(text, '2016', '2016')], PUBLISHED);
    expect(events.filter((e) => e.when.start === '2016-01-01')).toEqual([]);
  });
});
