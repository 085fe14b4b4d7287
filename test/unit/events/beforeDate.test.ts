// A happening told "before" a day lies before it: what was done on the day before (the Friday of a
// weekend), what is to come from the day of writing to the day before.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { beforeDate } from '../../../src/lib/events/beforeDate';
import { timexOf } from './helpers';

const FRIDAY = '2024-05-17';
const whenOf = (text: string, words: string, value: string, published = FRIDAY) => {
  const w = buildEvents(text, [timexOf(text, words, value)], published).find((e) => e.when.text === words)?.when;
  return w && [w.start, w.end];
};

describe('what was done before a day', () => {
  it('puts buying "before the weekend" told on a Friday on that Friday', () => {
    expect(whenOf('Nervous dealers bought back copper before the weekend, lifting prices.', 'the weekend', '2024-W20-WE')).toEqual(['2024-05-17', '2024-05-17']);
  });
  it('puts what "had been" done "before Wednesday" on the Tuesday', () => {
    expect(whenOf('Before Wednesday, four appeals had been lodged against the ruling.', 'Wednesday', '2024-05-15')).toEqual(['2024-05-14', '2024-05-14']);
  });
});

describe('what is to come before a day', () => {
  it('draws a bill "to be tabled before July" from the day of writing to the end of June', () => {
    expect(whenOf('The transport bill is to be tabled before July, the minister said.', 'July', '2024-07')).toEqual(['2024-05-17', '2024-06-30']);
  });
  it('reads a day ahead', () => {
    const text = 'The board will name a new chief just before Thursday.';
    const t = timexOf(text, 'Thursday', '2024-05-23');
    expect(beforeDate(text, t, { start: '2024-05-23', end: '2024-05-23', granularity: 'day' }, FRIDAY)).toEqual({ start: '2024-05-17', end: '2024-05-22', granularity: 'day' });
  });
});
