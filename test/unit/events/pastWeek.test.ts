// A weekend page's "this past week" is the week now ending; a Sunday's "this past weekend" is the
// one whose last day it is. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('"this past week" on a weekend page', () => {
  it('draws a Sunday roundup\'s "this past week" on the Monday to Sunday that ends that day', () => {
    expect(daysOf('Three bakeries in the old town closed their doors this past week.', 'this past week', '2022-W18', '2022-05-15')).toEqual([['2022-05-09', '2022-05-15']]);
  });
  it('draws a Saturday\'s "this past week" from that Monday to the Saturday', () => {
    expect(daysOf('The county board approved two new bus routes this past week.', 'this past week', '2022-W18', '2022-05-14')).toEqual([['2022-05-09', '2022-05-14']]);
  });
  it('draws a Sunday\'s "this past weekend" on that Saturday and Sunday', () => {
    expect(daysOf('The rowing club won four races this past weekend.', 'this past weekend', '2022-W18-WE', '2022-05-15')).toEqual([['2022-05-14', '2022-05-15']]);
  });
});
