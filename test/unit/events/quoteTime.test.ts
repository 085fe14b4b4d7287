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
  it('counts "last night" from the first day of the weekend the attribution gives', () => {
    const text = 'The drummer told a podcast over the weekend: “Last night we cut the whole record in one take.”';
    const events = buildEvents(text, [timexOf(text, 'the weekend', '2024-W19-WE'), timexOf(text, 'Last night', '2024-05-14TNI')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'Last night')?.when.start).toBe('2024-05-10');
  });
});

// A story stamped in the small hours was written the evening before; its quotes were spoken on
// the day its lead dates the news.
describe('a day word quoted in a story stamped just after midnight', () => {
  const text =
    'Amara Diallo won the county cycling title on Saturday, beating the defending champion by four seconds.\n\n“My legs felt heavy this morning but the crowd carried me,” she told the club website.\n\n“I will remember today for a long time.”';
  const timexes = () => [timexOf(text, 'Saturday', '2024-05-11'), timexOf(text, 'this morning', '2024-05-12'), timexOf(text, 'today', '2024-05-12')];
  it('counts "this morning" and "today" from the lead\'s Saturday, in a page of Sunday 00:40', () => {
    const events = buildEvents(text, timexes(), '2024-05-12T00:40:00');
    expect(['this morning', 'today'].map((w) => events.find((e) => e.when.text === w)?.when.start)).toEqual(['2024-05-11', '2024-05-11']);
  });
  it('counts a quoted "today" from the lead\'s day in a story of the next morning too: the winner spoke on the day she won', () => {
    const dated = 'Amara Diallo won the county cycling title on Saturday.\n\n“I will remember today for a long time,” she said.';
    const events = buildEvents(dated, [timexOf(dated, 'Saturday', '2024-05-11'), timexOf(dated, 'today', '2024-05-12')], '2024-05-12T09:15:00');
    expect(events.find((e) => e.when.text === 'today')?.when.start).toBe('2024-05-11');
  });
  it('counts a quoted "tonight" from the lead\'s day, past the page\'s stamp line', () => {
    const text = 'Politics / May 16, 2024\n\nThe governor left the race on Wednesday, telling supporters in Dover: “I am ending my campaign tonight.”';
    const events = buildEvents(text, [timexOf(text, 'May 16, 2024', '2024-05-16'), timexOf(text, 'Wednesday', '2024-05-15'), timexOf(text, 'tonight', '2024-05-16TNI')], '2024-05-16T16:10:00');
    expect(events.find((e) => e.when.text === 'tonight')?.when.start).toBe('2024-05-15');
  });
  it('reads the lead\'s day from "last night", a part of the day before', () => {
    const night = 'Tomas Berg wept last night after losing his final match.\n\n“Today my shoulder told me it was over,” he said.';
    const events = buildEvents(night, [timexOf(night, 'last night', '2024-05-11TNI'), timexOf(night, 'Today', '2024-05-12')], '2024-05-12T00:00');
    expect(events.find((e) => e.when.text === 'Today')?.when.start).toBe('2024-05-11');
  });
});

// A clock time or a part of the day told beside the day word is the speaker's too.
describe('a day word with its clock in a dated quote', () => {
  it('counts "at noon tomorrow" from the night the attribution gives', () => {
    const text = '“The new bridge opens to traffic at noon tomorrow,” council engineer Ama Boateng told the radio station late last night.';
    const events = buildEvents(text, [timexOf(text, 'noon tomorrow', '2024-05-16T12:00', 'TIME'), timexOf(text, 'late last night', '2024-05-14TNI', 'TIME')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'noon tomorrow')?.when.start).toBe('2024-05-15');
  });
  it('counts "early this morning" from the Monday the attribution gives', () => {
    const text = '“Our crews cleared the last fallen tree early this morning,” ranger Dana Whitlock said on Monday.';
    const events = buildEvents(text, [timexOf(text, 'early this morning', '2024-05-15TMO', 'TIME'), timexOf(text, 'Monday', '2024-05-13')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'early this morning')?.when.start).toBe('2024-05-13');
  });
});
