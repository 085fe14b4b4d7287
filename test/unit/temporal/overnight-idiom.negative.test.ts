import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A night that something happened in, or was denied to, stays the night before the story's day.
// Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "overnight" as the idiom of suddenness, negative cases', () => {
  it('"the levee was not breached overnight" keeps the night', () => {
    expect(all('The levee was not breached overnight, engineers said.')).toEqual([['overnight', 'TIME', '2016-02-02TNI']]);
  });

  it('"fires broke out overnight" keeps the night', () => {
    expect(all('Two fires broke out overnight in the old town.')).toEqual([['overnight', 'TIME', '2016-02-02TNI']]);
  });
});
