// A belief held, a habit of saying, a win foretold, what a fact will drive or leave people feeling, the
// reader addressed in the third person, and "anyone who will listen" tell no plan. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('what someone believes or used to say will come is no plan', () => {
  it.each([
    'The diarist wrote that she was convinced the duke would renounce the title.',
    'The treasurer is confident the bond issue will pass the council.',
    'As a girl she used to tell her cousins that she would sail around the world.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a win foretold, or what a fact will drive or leave people feeling, is an outcome', () => {
  it.each([
    'The strikers will win because the town is behind them.',
    'Tighter permits will drive up costs for small builders.',
    'The long closure will leave residents frustrated and out of pocket.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('the reader and "anyone who will listen" are no actors', () => {
  it.each([
    'The careful reader will notice that the two budgets are almost the same.',
    'She has repeated the warning, more loudly each year, to anyone who will listen.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a farewell, a character, an outcome still to come, and what one would expect are no plans', () => {
  it.each([
    'The old harbour master will be sorely missed by the whole village.',
    'Through the hard months ahead, the new governor will always appear calm.',
    'Even a short strike will still cause long queues at the border posts.',
    'I would expect these nurses to be among the first to get the jab.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
