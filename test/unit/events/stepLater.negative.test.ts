// What a bare count "later" must NOT date: with no single day told just before, a step that would
// fall after the day of writing, a plan, and "later than". Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const stepped = (text: string, day: [string, string, ('DATE' | 'DURATION')?] | null, count: [string, string]) =>
  buildEvents(text, [...(day ? [timexOf(text, day[0], day[1], day[2] ?? 'DATE')] : []), timexOf(text, count[0], count[1], 'DURATION')], PUBLISHED).filter((e) => e.when.start && /later/i.test(e.when.text ?? ''));

describe('a bare count "later" that dates nothing', () => {
  it('leaves it alone with no happening told before', () => {
    expect(stepped('Hours later, a helicopter flew the climber to the county hospital.', null, ['Hours', 'PTXH'])).toEqual([]);
  });
  it('leaves it alone after a month, not a day: "days later" of "in March" is any day', () => {
    expect(stepped('The mill shut its gates in March. Days later, the owners put the site up for sale.', ['in March', '2024-03'], ['Days', 'PXD'])).toEqual([]);
  });
  it('leaves it alone when the step would fall after the day of writing', () => {
    expect(stepped('The council approved the tram plan on Wednesday. Days later, the mayor signed the first contract.', ['Wednesday', '2024-05-15'], ['Days', 'PXD'])).toEqual([]);
  });
  it('leaves a plan alone: "will ... days later"', () => {
    expect(stepped('The first ferry sailed on May 2. The second will follow days later from the north pier.', ['May 2', '2024-05-02'], ['days', 'PXD'])).toEqual([]);
  });
  it('leaves "days later than planned" alone: a comparison, not a step', () => {
    expect(stepped('The ship reached port on May 2. It docked days later than planned.', ['May 2', '2024-05-02'], ['days', 'PXD'])).toEqual([]);
  });
  it('leaves it alone four sentences after the happening', () => {
    expect(stepped('The mill shut its gates on April 2. Staff were angry. Buyers were few. Prices fell. Days later, the owners put the site up for sale.', ['April 2', '2024-04-02'], ['Days', 'PXD'])).toEqual([]);
  });
});
