// Plans stay plans beside the rules for beliefs and outcomes. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a plan beside a belief or a win back', () => {
  it('keeps a plan to win back customers', () => {
    expect(undated('The bakery chain will win back customers with a new loyalty card.')).toEqual(['The bakery chain will win back customers with a new loyalty card']);
  });
  it('keeps a plan told by a confident speaker before the belief', () => {
    expect(undated('The port authority will dredge the channel, and its chief is confident the work will pay off.')).toEqual(['The port authority will dredge the channel']);
  });
});
