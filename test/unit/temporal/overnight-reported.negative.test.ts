import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A past day the story has named still sets the night before it. Sentences written for these
// tests; published Tuesday 2014-09-30.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: "overnight" in a report, negative cases', () => {
  it('on a Saturday the story tells, "the shelling had gone on overnight" is Friday night', () => {
    expect(all('The army entered the town on Saturday. Residents said the shelling had gone on overnight.')).toEqual([
      ['Saturday', '2014-09-27'],
      ['overnight', '2014-09-26TNI'],
    ]);
  });
});
