// A day word inside a quote counts from when it was said, when the attribution dates the quote.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15'; // a Wednesday

describe('a day word in a dated quote', () => {
  it('counts "yesterday" from the day the attribution gives', () => {
    const text = '“I met the envoy yesterday,” Kofi Mensah said on Monday.';
    const events = buildEvents(text, [timexOf(text, 'yesterday', '2024-05-14'), timexOf(text, 'Monday', '2024-05-13')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'yesterday')?.when.start).toBe('2024-05-12');
  });
  it('counts "last night" from the day a post was written, named before the quote', () => {
    const text = 'The singer wrote on Sunday: “Last night I played my final show in the old hall.”';
    const events = buildEvents(text, [timexOf(text, 'Sunday', '2024-05-12'), timexOf(text, 'Last night', '2024-05-14')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'Last night')?.when.start).toBe('2024-05-11');
  });
  it('carries the day from an attributed quote paragraph to the one that follows it', () => {
    const text = '“The harbour needs dredging,” Mayor Ruth Okafor said at a briefing on Tuesday.\n\n“I called the port authority yesterday and they agreed,” the mayor said.';
    const events = buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-14'), timexOf(text, 'yesterday', '2024-05-14')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'yesterday')?.when.start).toBe('2024-05-13');
  });
});
