// A post taken on or a coalition formed is an act, and stays an undated expectation.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an appointment or a forming stays a plan', () => {
  it('keeps a role named by its post', () => {
    expect(undated('Ms Okafor will take on the role of chief executive at the water board.')).toEqual(['Ms Okafor will take on the role of chief executive']);
  });
  it('keeps a coalition formed', () => {
    expect(undated('The two farmers\u2019 parties will form a coalition with the Greens.')).toEqual(['The two farmers\u2019 parties will form a coalition with the Greens']);
  });
});
